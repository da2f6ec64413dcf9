package org.apache.camel.component.mws.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The exact fraction behind pacing: times are rounded up to the nanosecond and never accumulate rounding. */
class RestoreRateTest {

    @Test
    void wholeRates() {
        RestoreRate perMinute = RestoreRate.of(1, Duration.ofMinutes(1));
        assertEquals(60_000_000_000L, perMinute.nanosFor(1));
        assertEquals(6_000_000_000_000L, perMinute.nanosFor(100));
        assertEquals(-120_000_000_000L, perMinute.nanosFor(-2));
        assertEquals(0, perMinute.nanosFor(0));
    }

    @Test
    void thirdsAreRoundedUpButExactOnWholeCycles() {
        RestoreRate threePerSecond = RestoreRate.of(3, Duration.ofSeconds(1));
        assertEquals(333_333_334L, threePerSecond.nanosFor(1));
        assertEquals(666_666_667L, threePerSecond.nanosFor(2));
        assertEquals(1_000_000_000L, threePerSecond.nanosFor(3));
        assertEquals(1_000_000_000_000_000_000L, threePerSecond.nanosFor(3_000_000_000L));
        // rounding up holds below zero too: -1/3 s is -333,333,333.3 ns
        assertEquals(-333_333_333L, threePerSecond.nanosFor(-1));
    }

    @Test
    void decimalAmounts() {
        assertEquals(400_000_000L, RestoreRate.of(2.5, Duration.ofSeconds(1)).nanosFor(1));
        assertEquals(10_000_000_000L, RestoreRate.of(0.1, Duration.ofSeconds(1)).nanosFor(1));
        assertEquals(1_000_000L, RestoreRate.of(1000, Duration.ofSeconds(1)).nanosFor(1));
    }

    @Test
    void hugeProductsDoNotOverflow() {
        RestoreRate slow = RestoreRate.of(0.007, Duration.ofHours(1));
        // 7 units per 3.6e15 ns: 7,000 units make a product of 2.5e19, beyond a long; the result, 3.6e18, fits
        assertEquals(3_600_000_000_000_000_000L, slow.nanosFor(7_000));
        assertEquals(514_285_714_285_715L, slow.nanosFor(1));
        assertEquals(Long.MAX_VALUE, slow.nanosFor(Long.MAX_VALUE / 2));
        assertEquals(Long.MIN_VALUE, slow.nanosFor(Long.MIN_VALUE / 2));
    }

    @Test
    void unitsInElapsedTime() {
        assertEquals(1.5, RestoreRate.of(1, Duration.ofMinutes(1)).unitsIn(90_000_000_000L), 1e-12);
    }
}
