package org.apache.camel.component.mws.monitor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.CamelContext;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.transport.MwsAttempt;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsTransportListener;

/**
 * Records the transport's events as Micrometer meters (see {@link MwsMetrics} for the names). Only loaded when
 * Micrometer is on the class path.
 */
final class MicrometerListener implements MwsTransportListener {

    private final MeterRegistry registry;
    private final BucketLevels levels;
    private final Set<BucketKey> gauged = ConcurrentHashMap.newKeySet();

    private MicrometerListener(MeterRegistry registry, BucketLevels levels) {
        this.registry = registry;
        this.levels = levels;
    }

    /** @return the listener, or null when the Camel registry holds no MeterRegistry */
    static MicrometerListener create(CamelContext context, BucketLevels levels) {
        MeterRegistry registry = find(context);
        return registry == null ? null : new MicrometerListener(registry, levels);
    }

    /** @return the checkpoint lag gauges, or null when the Camel registry holds no MeterRegistry */
    static CheckpointLag checkpointLag(CamelContext context) {
        MeterRegistry registry = find(context);
        if (registry == null) {
            return null;
        }
        Clock clock = Clock.systemUTC();
        return (routeId, section, action, checkpoint) -> {
            Supplier<Instant> cp = checkpoint;
            Gauge gauge = Gauge.builder(MwsMetrics.CHECKPOINT_LAG, cp, c -> {
                Instant at = c.get();
                return at == null ? Double.NaN : Duration.between(at, clock.instant()).toMillis() / 1000.0;
            }).baseUnit("seconds").description("Now minus the checkpoint of a polling mws consumer")
                    .tag("route", String.valueOf(routeId)).tag("section", section).tag("action", action)
                    .strongReference(true).register(registry);
            return () -> registry.remove(gauge);
        };
    }

    private static MeterRegistry find(CamelContext context) {
        MeterRegistry named = context.getRegistry().lookupByNameAndType(MwsMetrics.REGISTRY_NAME, MeterRegistry.class);
        return named != null ? named : context.getRegistry().findSingleByType(MeterRegistry.class);
    }

    @Override
    public void onPermit(MwsCall call, Duration waited) {
        BucketKey key = BucketLevels.keyOf(call);
        if (key == null) {
            return;
        }
        Timer.builder(MwsMetrics.THROTTLE_WAIT).description("Time requests waited for a throttling permit")
                .tag("section", call.section().name()).tag("bucket", key.bucket())
                .register(registry).record(waited);
        if (gauged.size() < BucketLevels.MAX_TRACKED && gauged.add(key)) {
            Gauge.builder(MwsMetrics.THROTTLE_TOKENS, call, levels::available)
                    .description("Units a throttling bucket holds now (negative while requests queue)")
                    .tag("host", key.host()).tag("seller", key.sellerId()).tag("bucket", key.bucket())
                    .strongReference(true).register(registry);
        }
    }

    @Override
    public void onAttempt(MwsAttempt attempt) {
        MwsCall call = attempt.call();
        Timer.builder(MwsMetrics.REQUESTS).description("MWS requests by outcome, timed to the answer's head")
                .tag("section", call.section().name()).tag("action", call.action().name())
                .tag("outcome", attempt.outcome())
                .register(registry).record(attempt.latency());
        if (attempt.status() == 503) {
            Counter.builder(MwsMetrics.RESPONSES_503).description("HTTP 503 answers by MWS error code")
                    .tag("section", call.section().name()).tag("action", call.action().name())
                    .tag("code", attempt.outcome())
                    .register(registry).increment();
        }
    }

    @Override
    public void onRetry(MwsCall call, String reason) {
        Counter.builder(MwsMetrics.RETRIES).description("Calls sent again after a failure or throttling")
                .tag("section", call.section().name()).tag("action", call.action().name())
                .tag("reason", reason)
                .register(registry).increment();
    }

    @Override
    public void onBytes(MwsCall call, boolean received, long bytes) {
        Counter.builder(MwsMetrics.BYTES).baseUnit("bytes")
                .description("Bytes of feeds sent and of reports and processing results received")
                .tag("section", call.section().name()).tag("action", call.action().name())
                .tag("direction", received ? "received" : "sent")
                .register(registry).increment(bytes);
    }

    @Override
    public String toString() {
        return "MicrometerListener[" + registry.getClass().getSimpleName() + "]";
    }
}
