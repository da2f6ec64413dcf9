package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A clock that only moves when a test says so. Threads waiting in {@link #sleepUntil} wake when the test advances
 * time past their deadline, so blocking behaviour is checked without real sleeps or timing assumptions. The
 * timeline starts far from zero, and negative, so code that confuses "time 0" with "unset" fails.
 */
final class ManualClock implements ThrottleClock {

    static final long ORIGIN = -7_777_777_777_777L;
    static final Instant ORIGIN_INSTANT = Instant.parse("2024-05-06T10:17:23.250Z");

    private long nanos = ORIGIN;
    private int sleepers;
    private final List<Long> deadlines = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return nanos;
    }

    @Override
    public synchronized Instant instant() {
        return ORIGIN_INSTANT.plusNanos(nanos - ORIGIN);
    }

    @Override
    public void sleepUntil(long deadline) throws InterruptedException {
        synchronized (this) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            sleepers++;
            deadlines.add(deadline);
            notifyAll();
            try {
                while (nanos < deadline) {
                    wait();
                }
            } finally {
                sleepers--;
                deadlines.remove(Long.valueOf(deadline));
                notifyAll();
            }
        }
    }

    /** Nanoseconds elapsed since the clock was created. */
    synchronized long elapsed() {
        return nanos - ORIGIN;
    }

    synchronized void advance(Duration duration) {
        nanos += duration.toNanos();
        notifyAll();
    }

    synchronized void advanceNanos(long delta) {
        nanos += delta;
        notifyAll();
    }

    /** Moves to {@code elapsed} nanoseconds after creation (never backwards). */
    synchronized void advanceTo(long elapsedNanos) {
        long target = ORIGIN + elapsedNanos;
        if (target > nanos) {
            nanos = target;
            notifyAll();
        }
    }

    /** Waits (in real time, bounded) until exactly {@code count} threads sleep on this clock. */
    synchronized void awaitSleepers(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sleepers != count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " sleeping threads, found " + sleepers);
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    synchronized int sleepers() {
        return sleepers;
    }

    /** Threads sleeping towards a deadline still ahead (a woken thread that has not run yet is not counted). */
    synchronized int pendingSleepers() {
        int pending = 0;
        for (long deadline : deadlines) {
            if (deadline > nanos) {
                pending++;
            }
        }
        return pending;
    }
}
