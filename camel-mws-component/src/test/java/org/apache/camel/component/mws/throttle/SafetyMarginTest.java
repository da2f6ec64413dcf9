package org.apache.camel.component.mws.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The margin against network jitter: a constant shift after the moment the bucket can afford a request, never
 * accumulated, never more than a tenth of one unit's restore time.
 */
class SafetyMarginTest {

    private static final long MILLI = 1_000_000L;
    private static final long SECOND = 1_000 * MILLI;
    private static final long MINUTE = 60 * SECOND;
    private static final BucketKey KEY = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "B");
    private static final BucketSpec LIST_ORDERS = BucketSpecs.fromColumns("6", "1", "60", "request", "");

    private final ManualClock clock = new ManualClock();
    private final RequestThrottler throttler = new RequestThrottler(new InMemoryThrottleStore(clock));

    private long delay(BucketSpec spec) {
        return throttler.reserve(KEY, spec, 1, null).delay().toNanos();
    }

    @Test
    void burstIsImmediateAndPacedRequestsKeepAConstantMargin() {
        for (int i = 0; i < 6; i++) {
            assertEquals(0, delay(LIST_ORDERS));
        }
        // a caller that waits for each slot: the k-th goes at k minutes plus 50 ms, the same 50 ms every time
        for (long k = 1; k <= 1_000; k++) {
            clock.advanceNanos(delay(LIST_ORDERS));
            assertEquals(k * MINUTE + 50 * MILLI, clock.elapsed(), "request " + k + " after the burst");
        }
    }

    @Test
    void bucketThatJustBecameAffordableWaitsOutTheMargin() {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS);
        }
        clock.advance(Duration.ofMinutes(1));
        assertEquals(50 * MILLI, delay(LIST_ORDERS));
        clock.advance(Duration.ofMinutes(2));
        // a bucket affordable for longer than the margin goes at once
        assertEquals(0, delay(LIST_ORDERS));
    }

    @Test
    void burstFromABucketThatJustRefilledKeepsTheMarginOnlyForItsLastUnit() {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS);
        }
        // full again at exactly 6 minutes: its units came back at 1, 2, ... 6 minutes
        clock.advance(Duration.ofMinutes(6));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, delay(LIST_ORDERS), "unit restored " + (5 - i) + " minute(s) ago");
        }
        assertEquals(50 * MILLI, delay(LIST_ORDERS), "the unit restored just now");
    }

    @Test
    void marginIsCappedForFastBuckets() {
        // the simulator at time scale 600: ListOrderItems restores one request every 3.33 ms
        BucketSpec fast = BucketSpecs.fromColumns("30", "1", "2", "request", "").scaled(600);
        for (int i = 0; i < 30; i++) {
            assertEquals(0, delay(fast));
        }
        long unit = fast.restorePeriod().toNanos();
        assertEquals(3_333_333L, unit);
        assertEquals(unit + unit / 10, delay(fast));
        assertEquals(2 * unit + unit / 10, delay(fast));
    }

    @Test
    void marginAlsoFollowsAnHourlyReset() {
        BucketSpec hourly = BucketSpec.of(100, 1, Duration.ofSeconds(1)).withHourlyQuota(2);
        delay(hourly);
        delay(hourly);
        assertEquals(60 * MINUTE + 50 * MILLI, delay(hourly));
    }

    @Test
    void negativeMarginIsRefused() {
        InMemoryThrottleStore store = new InMemoryThrottleStore(clock);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RequestThrottler(store, Duration.ofMillis(-1)));
        assertEquals("safetyMargin must not be negative, was PT-0.001S", e.getMessage());
    }
}
