package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The time source of a {@link ThrottleStore}: a nanosecond timeline on which reservations are scheduled, the wall
 * clock to place the server's reset times on that timeline, and the way a caller waits for its slot.
 * <p>
 * The in-memory store uses {@link #system()} (monotonic {@link System#nanoTime()}); a store shared by several
 * JVMs would use a timeline they all agree on (epoch nanoseconds). Tests use a manual clock, so delays can be
 * asserted exactly without sleeping.
 */
public interface ThrottleClock {

    /** The current position on the timeline, in nanoseconds (only differences are meaningful). */
    long nanoTime();

    /** The current wall-clock time. */
    Instant instant();

    /**
     * Blocks until the timeline reaches {@code deadline}.
     *
     * @throws InterruptedException if the thread is interrupted while waiting (or already was)
     */
    default void sleepUntil(long deadline) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        long remaining;
        while ((remaining = deadline - nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }

    /**
     * Places a wall-clock instant on the timeline (saturating for instants absurdly far away).
     */
    default long toNanoTime(Instant instant) {
        long now = nanoTime();
        long offset;
        try {
            offset = Duration.between(instant(), instant).toNanos();
        } catch (ArithmeticException e) {
            offset = instant.isAfter(instant()) ? Long.MAX_VALUE / 2 : Long.MIN_VALUE / 2;
        }
        return now + Math.max(Long.MIN_VALUE / 2, Math.min(Long.MAX_VALUE / 2, offset));
    }

    /**
     * Epoch nanoseconds of the system clock, for a store shared by several JVMs (their {@link System#nanoTime()}
     * values mean nothing to each other). Waits follow wall-clock adjustments.
     */
    static ThrottleClock epoch() {
        return EpochThrottleClock.INSTANCE;
    }

    /** The JVM's monotonic clock and the system wall clock. */
    static ThrottleClock system() {
        return SystemThrottleClock.INSTANCE;
    }
}
