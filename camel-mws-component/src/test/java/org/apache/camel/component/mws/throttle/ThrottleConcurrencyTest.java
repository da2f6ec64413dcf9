package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Many threads on one key: every slot is handed out once, in order, and the bucket model is never exceeded. */
class ThrottleConcurrencyTest {

    private static final long SECOND = 1_000_000_000L;
    private static final BucketKey KEY
            = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "Orders.ListOrderItems");

    private final ManualClock clock = new ManualClock();
    private final RequestThrottler throttler = new RequestThrottler(new InMemoryThrottleStore(clock), Duration.ZERO);

    @Test
    void concurrentReservationsGetExactlyTheSlotsOfTheModel() throws Exception {
        BucketSpec listOrderItems = BucketSpecs.fromColumns("30", "1", "2", "request", "");
        int threads = 16;
        int perThread = 50;
        CyclicBarrier start = new CyclicBarrier(threads);
        ConcurrentLinkedQueue<Long> delays = new ConcurrentLinkedQueue<>();
        List<Thread> workers = new ArrayList<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        for (int t = 0; t < threads; t++) {
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
        for (Thread worker : workers) {
            worker.join(60_000);
        }
        assertNull(failure.get());
        List<Long> sorted = new ArrayList<>(delays);
        Collections.sort(sorted);
        assertEquals(threads * perThread, sorted.size());
        // time stood still: 30 at once, then one slot every 2 s, none shared, none skipped
        for (int i = 0; i < sorted.size(); i++) {
            long expected = i < 30 ? 0 : (i - 29) * 2 * SECOND;
            assertEquals(expected, sorted.get(i), "slot " + i);
        }
    }

    @Test
    void blockedThreadsNeverExceedTheBucketAsTimeMoves() throws Exception {
        // a burst of 5 restoring one per second; time only moves while every live worker is asleep
        BucketSpec spec = BucketSpec.of(5, 1, Duration.ofSeconds(1));
        int threads = 8;
        int perThread = 20;
        ConcurrentLinkedQueue<Long> admissions = new ConcurrentLinkedQueue<>();
        AtomicInteger alive = new AtomicInteger(threads);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        throttler.awaitPermit(KEY, spec, 1, null);
                        admissions.add(clock.elapsed());
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    alive.decrementAndGet();
                    done.countDown();
                }
            });
            worker.start();
        }
        long step = 100_000_000L;
        long realDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (done.getCount() > 0) {
            assertTrue(System.nanoTime() < realDeadline, "workers did not finish");
            synchronized (clock) {
                // move time only once every live worker waits for a slot still ahead: the ones just woken have
                // then recorded their admission at the time of their slot
                if (clock.pendingSleepers() < alive.get()) {
                    clock.wait(5);
                    continue;
                }
            }
            clock.advanceNanos(step);
        }
        assertNull(failure.get());
        List<Long> times = new ArrayList<>(admissions);
        Collections.sort(times);
        assertEquals(threads * perThread, times.size());
        // replay against the model, measuring the bucket in nanoseconds of restore: full = 5 s, one request = 1 s
        long capacity = 5 * SECOND;
        long level = capacity;
        long previous = 0;
        for (int i = 0; i < times.size(); i++) {
            long at = times.get(i);
            level = Math.min(capacity, level + (at - previous)) - SECOND;
            previous = at;
            assertTrue(level >= 0, "request " + i + " at " + at + " ns exceeds the bucket");
        }
        // and nothing was wasted: the last request went when the model first allowed it (steps of 100 ms)
        assertEquals((threads * perThread - 5) * SECOND, times.get(times.size() - 1));
    }
}
