package org.apache.camel.component.mws.throttle;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThrottleClockTest {

    @Test
    void epochClockIsSharedWallTimeInNanoseconds() {
        ThrottleClock epoch = ThrottleClock.epoch();
        assertEquals(1_375_729_200_123_000_000L, epoch.toNanoTime(Instant.parse("2013-08-05T19:00:00.123Z")));
        long before = epoch.toNanoTime(Instant.now());
        long now = epoch.nanoTime();
        long after = epoch.toNanoTime(Instant.now());
        assertTrue(before <= now && now <= after);
        assertEquals(Long.MAX_VALUE / 2, epoch.toNanoTime(Instant.MAX));
    }

    @Test
    void systemClockPlacesInstantsRelativeToNow() {
        ThrottleClock system = ThrottleClock.system();
        long before = system.nanoTime();
        long inAnHour = system.toNanoTime(Instant.now().plusSeconds(3600));
        long after = system.nanoTime();
        // an hour ahead of both readings, give or take the time between them (a generous minute)
        assertTrue(inAnHour - before >= 3_540_000_000_000L, Long.toString(inAnHour - before));
        assertTrue(inAnHour - after <= 3_660_000_000_000L, Long.toString(inAnHour - after));
        // absurd instants saturate instead of overflowing
        assertTrue(system.toNanoTime(Instant.MIN) < system.nanoTime() - 1_000_000_000_000_000_000L);
        assertTrue(system.toNanoTime(Instant.MAX) > system.nanoTime() + 1_000_000_000_000_000_000L);
    }

    @Test
    void manualClockConvertsExactly() {
        ManualClock clock = new ManualClock();
        clock.advanceNanos(123);
        assertEquals(clock.nanoTime() + 5_000_000_000L, clock.toNanoTime(clock.instant().plusSeconds(5)));
    }
}
