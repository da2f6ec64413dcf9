package org.apache.camel.component.mws.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.component.mws.MwsComponent;
import org.apache.camel.component.mws.MwsConfiguration;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.monitor.PollMonitor;
import org.apache.camel.component.mws.monitor.PollMonitored;
import org.apache.camel.component.mws.transport.MwsClient;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * A polling consumer of an mws endpoint for tests of what surrounds consumers (health, console, metrics): each poll
 * sends GetServiceStatus of the endpoint's section once, reports to its {@link PollMonitor} like a consumer of the
 * component does, and moves its checkpoint to what {@code checkpoints} gives. Polls run when the test calls
 * {@link #run()} (the endpoint's scheduler is off).
 */
public final class TestPollingConsumer extends ScheduledPollConsumer implements PollMonitored {

    private final PollMonitor monitor;
    private final Supplier<Instant> checkpoints;

    TestPollingConsumer(MwsEndpoint endpoint, Processor processor, Supplier<Instant> checkpoints) {
        super(endpoint, processor);
        this.monitor = new PollMonitor(endpoint);
        this.checkpoints = checkpoints;
    }

    /**
     * @return an endpoint of {@code Section/GetServiceStatus} whose consumers are {@link TestPollingConsumer}s
     */
    public static MwsEndpoint endpoint(MwsComponent mws, String section, String baseUrl, String accessKeyId,
                                       String secretKey, String sellerId, Supplier<Instant> checkpoints,
                                       java.util.function.Consumer<TestPollingConsumer> created) {
        MwsConfiguration config = mws.getConfiguration().copy();
        config.setEndpoint(baseUrl);
        config.setAccessKeyId(accessKeyId);
        config.setSecretKey(secretKey);
        config.setSellerId(sellerId);
        config.setMaxRetries(0);
        Section s = mws.getCatalog().section(section);
        MwsEndpoint endpoint = new MwsEndpoint("mws:" + section + "/GetServiceStatus?secretKey=" + secretKey
                                               + "&consumer=" + System.identityHashCode(checkpoints), mws, config, s,
                s.action("GetServiceStatus")) {
            @Override
            public Consumer createConsumer(Processor processor) throws Exception {
                TestPollingConsumer consumer = new TestPollingConsumer(this, processor, checkpoints);
                configureConsumer(consumer);
                created.accept(consumer);
                return consumer;
            }
        };
        endpoint.setStartScheduler(false);
        return endpoint;
    }

    @Override
    public PollMonitor getPollMonitor() {
        return monitor;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        monitor.start(getRouteId());
    }

    @Override
    protected void doStop() throws Exception {
        monitor.stop();
        super.doStop();
    }

    @Override
    protected int poll() {
        long start = System.nanoTime();
        MwsEndpoint endpoint = (MwsEndpoint) getEndpoint();
        MwsClient client = endpoint.getClient();
        Section section = endpoint.getMwsSection();
        try {
            client.execute(client.newCall(section, section.action("GetServiceStatus"), Map.of(), null));
        } catch (RuntimeException e) {
            monitor.pollFailed(e, 0, 0, Duration.ofNanos(System.nanoTime() - start));
            throw e;
        }
        monitor.checkpoint(checkpoints.get());
        monitor.pollSucceeded(1, 1, Duration.ofNanos(System.nanoTime() - start));
        return 1;
    }
}
