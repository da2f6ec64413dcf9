package org.apache.camel.component.mws.throttle;

import java.time.Instant;

/**
 * Epoch nanoseconds of the system clock: a timeline that every JVM of a cluster shares (to NTP accuracy), for
 * stores whose state is read and written by several nodes.
 */
final class EpochThrottleClock implements ThrottleClock {

    static final EpochThrottleClock INSTANCE = new EpochThrottleClock();

    private EpochThrottleClock() {
    }

    @Override
    public long nanoTime() {
        return toNanoTime(Instant.now());
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long toNanoTime(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            return instant.getEpochSecond() > 0 ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
        }
    }

    @Override
    public String toString() {
        return "epoch clock";
    }
}
