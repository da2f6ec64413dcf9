package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Blocking on the system clock: a waiter really blocks, wakes in the order it reserved, and can be interrupted.
 * No assertion on durations: only on states and order.
 */
class RequestThrottlerRealClockTest {

    private static final BucketKey KEY = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "Test");

    private final InMemoryThrottleStore store = new InMemoryThrottleStore();
    private final RequestThrottler throttler = new RequestThrottler(store);

    @Test
    void interruptedWaiterStopsWaitingAndGivesItsUnitsBack() throws Exception {
        BucketSpec onePerHour = BucketSpec.of(1, 1, Duration.ofHours(1));
        assertTrue(throttler.tryAcquire(KEY, onePerHour, 1));
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        AtomicReference<Boolean> interruptFlagAfter = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                throttler.awaitPermit(KEY, onePerHour, 1, null);
                outcome.set(new AssertionError("admitted an hour early"));
            } catch (Throwable e) {
                outcome.set(e);
                interruptFlagAfter.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        awaitBlocked(waiter);
        waiter.interrupt();
        waiter.join(30_000);
        assertFalse(waiter.isAlive());
        assertInstanceOf(InterruptedException.class, outcome.get());
        assertFalse(interruptFlagAfter.get(), "InterruptedException clears the flag, as usual");
        // the waiter's hour is free again: a new reservation is second in line (about an hour), not third (two)
        Duration next = throttler.reserve(KEY, onePerHour, 1, null).delay();
        assertTrue(next.compareTo(Duration.ofMinutes(90)) < 0, next.toString());
    }

    @Test
    void alreadyInterruptedCallerDoesNotWaitAtAll() {
        BucketSpec onePerHour = BucketSpec.of(1, 1, Duration.ofHours(1));
        throttler.tryAcquire(KEY, onePerHour, 1);
        Thread.currentThread().interrupt();
        try {
            throttler.awaitPermit(KEY, onePerHour, 1, null);
            throw new AssertionError("admitted");
        } catch (InterruptedException expected) {
            assertFalse(Thread.currentThread().isInterrupted());
        }
    }

    @Test
    void waitersAreAdmittedInTheOrderTheyReserved() throws Exception {
        BucketSpec spaced = BucketSpec.of(1, 1, Duration.ofMillis(300));
        assertTrue(throttler.tryAcquire(KEY, spaced, 1));
        List<Integer> admitted = new CopyOnWriteArrayList<>();
        Thread[] waiters = new Thread[3];
        for (int i = 0; i < waiters.length; i++) {
            int id = i;
            waiters[i] = new Thread(() -> {
                try {
                    throttler.awaitPermit(KEY, spaced, 1, Duration.ofMinutes(1));
                    admitted.add(id);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            waiters[i].start();
            // the next one reserves only after this one holds its slot
            awaitBlocked(waiters[i]);
        }
        for (Thread waiter : waiters) {
            waiter.join(30_000);
            assertFalse(waiter.isAlive());
        }
        assertEquals(List.of(0, 1, 2), admitted);
    }

    private static void awaitBlocked(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (thread.getState() != Thread.State.TIMED_WAITING) {
            assertTrue(thread.isAlive() && System.nanoTime() < deadline, "thread never blocked");
            Thread.sleep(1);
        }
    }
}
