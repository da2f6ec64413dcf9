package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.master.MasterEndpoint;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.mws.MwsEndpoint;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.MwsSimulatorExtension;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.apache.camel.support.task.BackgroundTask;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A node that leads a namespace whose {@code master:} route did not start its consumer. Camel's master consumer makes
 * a single start attempt, and here it fails: the checkpoint store is unreachable at that moment. The cluster service
 * sees that the consumer is not running, says so in a WARN naming the namespace and the route, and announces the
 * leadership again, so the seller's orders are delivered after all. With the check off the node leads and the
 * consumer never starts.
 */
class LeaderStartCheckTest extends CamelTestSupport {

    @RegisterExtension
    static final MwsSimulatorExtension SIM = MwsSimulatorExtension.builder().seed(5).sellers(1).ordersPerSeller(20)
            .timeScale(600).httpsPort(-1).build();

    private static final String NAMESPACE = "orders-1";
    private static final String ROUTE = "orders-1-sync";

    private final FailingOnceRepository checkpoints = new FailingOnceRepository();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private TestCluster cluster;
    private HazelcastPartitionClusterService service;

    @Override
    public void configureTest(TestExecutionConfiguration testConfiguration) {
        super.configureTest(testConfiguration);
        // each test sets the check's delay before it starts the context
        testConfiguration.withUseAdviceWith(true);
    }

    @BeforeEach
    void captureWarnings() {
        log.start();
        for (Class<?> source : List.of(HazelcastPartitionClusterView.class, BackgroundTask.class)) {
            ((Logger) LoggerFactory.getLogger(source)).addAppender(log);
        }
    }

    @AfterEach
    void stopCapturing() {
        for (Class<?> source : List.of(HazelcastPartitionClusterView.class, BackgroundTask.class)) {
            ((Logger) LoggerFactory.getLogger(source)).detachAppender(log);
        }
        log.stop();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        cluster = TestCluster.start(1);
        service = new HazelcastPartitionClusterService(cluster.member(0));
        service.setTakeoverDelay(Duration.ZERO);
        context.addService(service);
        return context;
    }

    @Override
    protected void doPostTearDown() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("checkpoints", checkpoints);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        MwsSimulator simulator = SIM.simulator();
        SellerAccount seller = simulator.seller();
        DeveloperAccount developer = simulator.accounts().developerOf(seller.sellerId());
        String uri = "mws:Orders/ListOrders?endpoint=" + simulator.httpBaseUrl() + "&accessKeyId="
                     + developer.accessKeyId() + "&secretKey=RAW(" + developer.secretKey() + ")&sellerId="
                     + seller.sellerId() + "&marketplace=" + seller.marketplaceIds().get(0)
                     + "&timeScale=600&initialStart=P1D&delay=100&stateRepository=#checkpoints";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(MwsCluster.master(NAMESPACE, uri)).routeId(ROUTE).to("mock:orders");
            }
        };
    }

    @Test
    void aConsumerWhoseStartFailedIsStartedByAnnouncingTheLeadershipAgain() throws Exception {
        MockEndpoint orders = getMockEndpoint("mock:orders");
        orders.expectedMinimumMessageCount(1);
        orders.setResultWaitTime(TimeUnit.SECONDS.toMillis(30));
        service.setLeaderStartCheck(Duration.ofSeconds(2));
        context.start();

        orders.assertIsSatisfied();
        assertTrue(checkpoints.failedOnce.get(), "the first start attempt failed");
        assertTrue(service.isLeader(NAMESPACE));
        List<String> warnings = warnings(HazelcastPartitionClusterView.class);
        assertFalse(warnings.isEmpty(), "no WARN about the consumer that did not start");
        assertEquals("This node leads namespace " + NAMESPACE + " but the consumer of route " + ROUTE
                     + " has not started; leadership announced again", warnings.get(0));
    }

    @Test
    void withoutTheCheckTheLedNamespaceStaysWithoutConsumer() throws Exception {
        service.setLeaderStartCheck(Duration.ZERO);
        context.start();

        // Camel's master consumer gives up on its start attempts with this WARN; nothing tries again after it
        await("the master consumer gave up", () -> checkpoints.failedOnce.get()
                                                   && warnings(BackgroundTask.class).stream()
                                                           .anyMatch(w -> w.contains("Leadership")));
        assertTrue(service.isLeader(NAMESPACE));
        MasterEndpoint master = (MasterEndpoint) context.getRoute(ROUTE).getEndpoint();
        assertFalse(((MwsEndpoint) master.getEndpoint()).hasStartedConsumer(), "the consumer started");
        assertEquals(0, getMockEndpoint("mock:orders").getReceivedCounter(), "orders delivered");
        assertEquals(List.of(), warnings(HazelcastPartitionClusterView.class));
    }

    private List<String> warnings(Class<?> source) {
        synchronized (log) {
            return log.list.stream()
                    .filter(e -> e.getLevel() == Level.WARN && e.getLoggerName().equals(source.getName()))
                    .map(ILoggingEvent::getFormattedMessage).toList();
        }
    }

    /** A checkpoint store that is unreachable the first time the consumer reads it. */
    static final class FailingOnceRepository extends MemoryStateRepository {
        final AtomicBoolean failedOnce = new AtomicBoolean();

        @Override
        public String getState(String key) {
            if (failedOnce.compareAndSet(false, true)) {
                throw new IllegalStateException("checkpoint store unreachable");
            }
            return super.getState(key);
        }
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
