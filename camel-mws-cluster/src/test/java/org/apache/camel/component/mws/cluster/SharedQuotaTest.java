package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.partition.Partition;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.BucketSpecs;
import org.apache.camel.component.mws.throttle.BucketState;
import org.apache.camel.component.mws.throttle.RequestThrottler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several members sending for one seller share its bucket; a member's death loses no bucket and leaks nothing. */
class SharedQuotaTest {

    private static final long SECOND = 1_000_000_000L;
    private static final BucketKey KEY
            = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "Orders.ListOrderItems");

    private TestCluster cluster;

    @AfterEach
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void membersReservingAtOnceGetExactlyTheSlotsOfOneBucket() throws Exception {
        cluster = TestCluster.start(3);
        TestClock clock = new TestClock();
        BucketSpec listOrderItems = BucketSpecs.fromColumns("30", "1", "2", "request", "");
        int threadsPerMember = 4;
        int perThread = 25;
        List<Thread> workers = new ArrayList<>();
        CyclicBarrier start = new CyclicBarrier(3 * threadsPerMember);
        ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (HazelcastInstance member : cluster.members()) {
            RequestThrottler throttler = new RequestThrottler(
                    new HazelcastThrottleStore(member, "quota", clock, Duration.ofMinutes(10)), Duration.ZERO);
            for (int t = 0; t < threadsPerMember; t++) {
                Thread worker = new Thread(() -> {
                    try {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            delays.add(throttler.reserve(KEY, listOrderItems, 1, null).delay().toNanos());
                        }
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                    }
                });
                workers.add(worker);
                worker.start();
            }
        }
        for (Thread worker : workers) {
            worker.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertNull(failure.get());
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        assertEquals(3 * threadsPerMember * perThread, sorted.size());
        // time stood still: 30 at once, then one slot every 2 s for the three members together, none shared
        for (int i = 0; i < sorted.size(); i++) {
            long expected = i < 30 ? 0 : (i - 29) * 2 * SECOND;
            assertEquals(expected, sorted.get(i), "slot " + i);
        }
    }

    @Test
    void theDeathOfTheBucketsOwnerLosesNothing() {
        cluster = TestCluster.start(3);
        TestClock clock = new TestClock();
        BucketSpec listOrders = BucketSpecs.fromColumns("6", "1", "60", "request", "");
        HazelcastThrottleStore first = new HazelcastThrottleStore(cluster.member(0), "quota", clock,
                Duration.ofMinutes(10));
        for (int i = 0; i < 6; i++) {
            assertEquals(0, first.reserve(KEY, listOrders, 1, clock.nanoTime(), 0, 0));
        }
        Partition partition = cluster.member(0).getPartitionService().getPartition(KEY);
        HazelcastInstance owner = cluster.members().stream()
                .filter(m -> m.getCluster().getLocalMember().equals(partition.getOwner())).findFirst().orElseThrow();
        HazelcastInstance survivor = cluster.members().stream().filter(m -> m != owner).findFirst().orElseThrow();
        // the owner dies without a word (as with kill -9): its outstanding units stay spent, the bucket stays empty
        owner.getLifecycleService().terminate();
        cluster.members().remove(owner);
        cluster.awaitSize(2);

        HazelcastThrottleStore onSurvivor = new HazelcastThrottleStore(survivor, "quota", clock, Duration.ofMinutes(10));
        assertEquals(60 * SECOND, onSurvivor.reserve(KEY, listOrders, 1, clock.nanoTime(), Long.MAX_VALUE, 0),
                "the backup took over the empty bucket: the next unit comes one restore period later");
        // and nothing was lost for good either: the bucket restores as if the node had used its units
        clock.advance(20 * 60 * SECOND);
        BucketState state = onSurvivor.snapshot(KEY);
        assertNotNull(state);
        assertEquals(6.0, state.availableUnits(clock.nanoTime()));
    }

    @Test
    void anIdleBucketLeavesTheMap() throws InterruptedException {
        cluster = TestCluster.start(2);
        TestClock clock = new TestClock();
        HazelcastThrottleStore store = new HazelcastThrottleStore(cluster.member(0), "quota", clock,
                Duration.ofMillis(300));
        BucketSpec spec = BucketSpec.of(6, 1, Duration.ofSeconds(1));
        // one unit taken at a time long past: the bucket is already full again, it only waits out evictAfter
        store.reserve(KEY, spec, 1, clock.nanoTime() - 60 * SECOND, 0, 0);
        assertEquals(1, store.clusterSize());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (store.snapshot(KEY) != null) {
            assertTrue(System.nanoTime() < deadline, "the idle bucket never expired");
            Thread.sleep(10);
        }
        assertNull(new HazelcastThrottleStore(cluster.member(1), "quota", clock, Duration.ofMillis(300)).snapshot(KEY));
    }
}
