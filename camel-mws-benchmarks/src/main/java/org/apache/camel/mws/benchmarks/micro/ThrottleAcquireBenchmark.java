package org.apache.camel.mws.benchmarks.micro;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.RequestThrottler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of taking a unit from a throttling bucket of the default in-memory store ({@link RequestThrottler}
 * on {@link InMemoryThrottleStore}), which every request pays before it is sent. The granted cases use a bucket
 * that never runs dry (a billion units, restoring a billion a second), so they measure the bookkeeping and the
 * lock, never a wait; the refused case uses the real ListOrders bucket (6, one a minute) once it is empty.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThrottleAcquireBenchmark {

    static final BucketSpec ENDLESS = BucketSpec.of(1_000_000_000, 1_000_000_000, Duration.ofSeconds(1));
    static final BucketSpec LIST_ORDERS = BucketSpec.of(6, 1, Duration.ofMinutes(1));

    /** One store shared by all threads of a benchmark. */
    @State(Scope.Benchmark)
    public static class SharedStore {
        final RequestThrottler throttler = new RequestThrottler(new InMemoryThrottleStore());
        final BucketKey sharedKey = key("A2SHAREDSELLER");
        final AtomicInteger threads = new AtomicInteger();
    }

    /** Each thread's own seller (so its own bucket and lock) in the shared store. */
    @State(Scope.Thread)
    public static class OwnKey {
        BucketKey key;

        @Setup
        public void setUp(SharedStore store) {
            key = key("A2SELLER" + store.threads.incrementAndGet());
        }
    }

    /** An emptied ListOrders bucket. */
    @State(Scope.Thread)
    public static class EmptyBucket {
        final RequestThrottler throttler = new RequestThrottler(new InMemoryThrottleStore());
        final BucketKey key = key("A2EMPTYSELLER");

        @Setup
        public void setUp() {
            while (throttler.tryAcquire(key, LIST_ORDERS, 1)) {
                // take the burst
            }
        }
    }

    static BucketKey key(String seller) {
        return new BucketKey("mws.amazonservices.com", seller, "AKIAIOSFODNN7EXAMPLE", "ListOrders");
    }

    /** One thread, its own bucket: the cost with no contention at all. */
    @Benchmark
    @Threads(1)
    public boolean grantedUncontended(SharedStore store, OwnKey own) {
        return store.throttler.tryAcquire(own.key, ENDLESS, 1);
    }

    /** Two threads taking from the same bucket (one seller, one operation): contention on its lock. */
    @Benchmark
    @Threads(2)
    public boolean grantedContendedSameBucket(SharedStore store) {
        return store.throttler.tryAcquire(store.sharedKey, ENDLESS, 1);
    }

    /** Two threads, each on its own seller's bucket in the same store: only the map is shared. */
    @Benchmark
    @Threads(2)
    public boolean grantedTwoThreadsOwnBuckets(SharedStore store, OwnKey own) {
        return store.throttler.tryAcquire(own.key, ENDLESS, 1);
    }

    /** The blocking entry the transport uses, on the path where the unit is there and no wait happens. */
    @Benchmark
    @Threads(1)
    public void awaitPermitImmediate(SharedStore store, OwnKey own) throws InterruptedException {
        store.throttler.awaitPermit(own.key, ENDLESS, 1, Duration.ofMinutes(1));
    }

    /** An empty ListOrders bucket refusing a request (nothing is taken). */
    @Benchmark
    @Threads(1)
    public boolean refusedEmptyBucket(EmptyBucket empty) {
        return empty.throttler.tryAcquire(empty.key, LIST_ORDERS, 1);
    }
}
