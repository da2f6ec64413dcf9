package org.apache.camel.component.mws.cluster;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.component.mws.throttle.ThrottleClock;

/** A timeline that moves only when told; the wall clock is a fixed instant plus the elapsed time. */
final class TestClock implements ThrottleClock {

    static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final long origin = nanos.get();

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public Instant instant() {
        return START.plusNanos(nanos.get() - origin);
    }

    void advance(long deltaNanos) {
        nanos.addAndGet(deltaNanos);
    }

    @Override
    public void sleepUntil(long deadline) {
        throw new UnsupportedOperationException("the test clock does not sleep");
    }
}
