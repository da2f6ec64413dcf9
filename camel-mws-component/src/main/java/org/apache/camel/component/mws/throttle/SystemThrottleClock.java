package org.apache.camel.component.mws.throttle;

import java.time.Instant;

/** {@link System#nanoTime()} for scheduling (immune to wall-clock jumps), the system clock for reset times. */
final class SystemThrottleClock implements ThrottleClock {

    static final SystemThrottleClock INSTANCE = new SystemThrottleClock();

    private SystemThrottleClock() {
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public String toString() {
        return "system clock";
    }
}
