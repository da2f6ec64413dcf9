package org.apache.camel.component.mws.monitor;

import java.time.Instant;

import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.BucketSpecs;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.RequestThrottler;
import org.apache.camel.component.mws.throttle.ThrottleClock;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.RequestPacer;

/**
 * Paces by the published buckets on a clock that does not move, so bucket levels are exact: each request takes one
 * unit and none comes back. Refuses to wait (the tests never need to).
 */
public final class TestPacer implements RequestPacer {

    private static final ThrottleClock FROZEN = new ThrottleClock() {
        @Override
        public long nanoTime() {
            return 1_000_000_000L;
        }

        @Override
        public Instant instant() {
            return Instant.parse("2017-02-01T12:00:00Z");
        }

        @Override
        public void sleepUntil(long deadline) {
            throw new AssertionError("the test pacer never waits");
        }
    };

    private final InMemoryThrottleStore store = new InMemoryThrottleStore(FROZEN);
    private final RequestThrottler throttler = new RequestThrottler(store, java.time.Duration.ZERO);

    @Override
    public void beforeSend(MwsCall call) throws InterruptedException {
        BucketSpec spec = spec(call);
        if (spec != null) {
            throttler.awaitPermit(key(call), spec, call.cost(), java.time.Duration.ZERO);
        }
    }

    @Override
    public double availableUnits(MwsCall call) {
        BucketSpec spec = spec(call);
        return spec == null ? Double.NaN : store.availableUnits(key(call), spec, FROZEN.nanoTime());
    }

    private static BucketKey key(MwsCall call) {
        return new BucketKey(call.host(), call.sellerId(), call.accessKeyId(), call.operation().bucket());
    }

    private static BucketSpec spec(MwsCall call) {
        Operation op = call.operation();
        return op == null ? null
                : BucketSpecs.fromColumns(op.maxQuota(), op.restoreAmount(), op.restorePeriod(), op.perItem(),
                        op.hourlyQuota());
    }
}
