package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hourly quota and what the server teaches: quota headers, RequestThrottled and QuotaExceeded, on a manual
 * clock.
 */
class QuotaLearningTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;

    private static final BucketKey KEY = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE",
            "Reports.GetReportRequestList");
    /** A burst of 10 restoring one per second, capped at 15 an hour. */
    private static final BucketSpec CAPPED = BucketSpec.of(10, 1, Duration.ofSeconds(1)).withHourlyQuota(15);
    /** A bucket whose only binding limit is the hourly quota of 10. */
    private static final BucketSpec HOURLY_ONLY = BucketSpec.of(1000, 1000, Duration.ofSeconds(1)).withHourlyQuota(10);
    private static final BucketSpec LIST_ORDERS = BucketSpecs.fromColumns("6", "1", "60", "request", "");

    private final ManualClock clock = new ManualClock();
    /** Eviction forgets idle windows; it has its own test, here it would only hide what is learned. */
    private final InMemoryThrottleStore store = new InMemoryThrottleStore(clock, Duration.ofDays(1));
    private final RequestThrottler throttler = new RequestThrottler(store, Duration.ZERO);

    private long delay(BucketSpec spec) {
        return throttler.reserve(KEY, spec, 1, null).delay().toNanos();
    }

    private void take(BucketSpec spec, int requests) {
        for (int i = 0; i < requests; i++) {
            assertEquals(0, delay(spec), "request " + (i + 1) + " should go at once");
        }
    }

    private Instant inMinutes(long minutes) {
        return clock.instant().plus(minutes, ChronoUnit.MINUTES);
    }

    private static String iso(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC).format(instant);
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC).format(instant);
    }

    @Test
    void hourlyQuotaHoldsRequestsUntilTheWindowResets() {
        take(CAPPED, 10);
        for (int k = 1; k <= 5; k++) {
            assertEquals(k * SECOND, delay(CAPPED), "paced by the restore rate");
        }
        // 15 spent: the 16th waits for the window opened by the first request to end
        assertEquals(HOUR, delay(CAPPED));
        // the bucket is full again by then: nine more go with it, then pacing and the cap resume
        for (int i = 0; i < 9; i++) {
            assertEquals(HOUR, delay(CAPPED));
        }
        for (int k = 1; k <= 5; k++) {
            assertEquals(HOUR + k * SECOND, delay(CAPPED));
        }
        assertEquals(2 * HOUR, delay(CAPPED));
    }

    @Test
    void windowKeepsItsPhaseAcrossIdleHours() {
        take(HOURLY_ONLY, 1);
        clock.advance(Duration.ofMinutes(150));
        // windows run [0,1h) [1h,2h) [2h,3h): at 2.5 h the current one ends at 3 h
        take(HOURLY_ONLY, 10);
        assertEquals(30 * MINUTE, delay(HOURLY_ONLY));
    }

    @Test
    void serverQuotaReplacesThePublishedOneWithIsoResetTime() {
        take(HOURLY_ONLY, 2);
        // a seller in several marketplaces: 40 instead of 10; 38 left; resets in 30 minutes
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("40.0", "38.0", iso(inMinutes(30))));
        take(HOURLY_ONLY, 38);
        assertEquals(30 * MINUTE, delay(HOURLY_ONLY));
    }

    @Test
    void serverResetTimeInRfc1123IsUnderstood() {
        Instant reset = inMinutes(20).truncatedTo(ChronoUnit.SECONDS);
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "10.0", rfc1123(reset)));
        take(HOURLY_ONLY, 10);
        assertEquals(Duration.between(clock.instant(), reset).toNanos(), delay(HOURLY_ONLY));
    }

    @Test
    void serverCountIncludesRequestsOfOtherClients() {
        take(HOURLY_ONLY, 2);
        // another application of the same seller spent 5: the server has 7 counted
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "3.0", iso(inMinutes(45))));
        take(HOURLY_ONLY, 3);
        assertEquals(45 * MINUTE, delay(HOURLY_ONLY));
    }

    @Test
    void staleServerCountDoesNotForgetRequestsInFlight() {
        take(HOURLY_ONLY, 1);
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "9.0", iso(inMinutes(40))));
        take(HOURLY_ONLY, 4);
        // the answer to the second request arrives after four more were sent: the server saw only two
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "8.0", iso(inMinutes(40))));
        take(HOURLY_ONLY, 5);
        assertEquals(40 * MINUTE, delay(HOURLY_ONLY));
    }

    @Test
    void serverWindowReplacesALocalGuessOfAnotherPhase() {
        // our window starts with our first request; the server's ends in 10 minutes, with 6 used
        take(HOURLY_ONLY, 8);
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "4.0", iso(inMinutes(10))));
        take(HOURLY_ONLY, 4);
        assertEquals(10 * MINUTE, delay(HOURLY_ONLY));
        // and the windows then follow the server's phase (the request just reserved opens the next one)
        clock.advance(Duration.ofMinutes(10));
        take(HOURLY_ONLY, 9);
        assertEquals(HOUR, delay(HOURLY_ONLY));
    }

    @Test
    void serverCountIsIgnoredWhileReservationsFillTheNextWindow() {
        take(HOURLY_ONLY, 10);
        assertEquals(HOUR, delay(HOURLY_ONLY));
        assertEquals(HOUR, delay(HOURLY_ONLY));
        // an answer about the current window says nothing about the next one, where two are already queued
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "0.0", iso(inMinutes(60))));
        for (int i = 0; i < 8; i++) {
            assertEquals(HOUR, delay(HOURLY_ONLY));
        }
        assertEquals(2 * HOUR, delay(HOURLY_ONLY));
    }

    @Test
    void quotaHeadersOnABucketWithoutPublishedHourlyQuotaStartCounting() {
        BucketSpec noHourly = BucketSpec.of(1000, 1000, Duration.ofSeconds(1));
        throttler.onQuotaHeaders(KEY, noHourly, QuotaHeaders.parse("5.0", "3.0", iso(inMinutes(15))));
        take(noHourly, 3);
        assertEquals(15 * MINUTE, delay(noHourly));
    }

    @Test
    void unusableHeadersChangeNothing() {
        take(HOURLY_ONLY, 5);
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("lots", "-1", "next Tuesday"));
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.NONE);
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, null);
        // a reset time years away is not believed either
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse(null, null, iso(inMinutes(60L * 24 * 365))));
        take(HOURLY_ONLY, 5);
        assertEquals(HOUR, delay(HOURLY_ONLY));
    }

    @Test
    void requestThrottledEmptiesTheBucketForOneRestoreInterval() {
        // we believe the bucket full, the server disagrees (another client of the seller)
        take(LIST_ORDERS, 2);
        throttler.onRequestThrottled(KEY, LIST_ORDERS);
        assertEquals(MINUTE, delay(LIST_ORDERS));
        assertEquals(2 * MINUTE, delay(LIST_ORDERS));
    }

    @Test
    void requestThrottledKeepsTheQueueOfABucketInDebt() {
        take(LIST_ORDERS, 6);
        assertEquals(MINUTE, delay(LIST_ORDERS));
        assertEquals(2 * MINUTE, delay(LIST_ORDERS));
        clock.advance(Duration.ofSeconds(30));
        throttler.onRequestThrottled(KEY, LIST_ORDERS);
        // the queued slots stay valid: the next is the one after them, not one restore interval from now
        assertEquals(2 * MINUTE + 30 * SECOND, delay(LIST_ORDERS));
    }

    @Test
    void quotaExceededBlocksUntilTheServersResetTime() {
        take(HOURLY_ONLY, 3);
        Instant reset = inMinutes(25);
        throttler.onQuotaExceeded(KEY, HOURLY_ONLY, reset);
        assertEquals(25 * MINUTE, delay(HOURLY_ONLY));
        clock.advance(Duration.ofMinutes(25));
        // a fresh window: the one request already given the reset slot, plus nine
        take(HOURLY_ONLY, 9);
        assertEquals(HOUR, delay(HOURLY_ONLY));
    }

    @Test
    void quotaExceededWithoutResetTimeWaitsForTheKnownWindowEnd() {
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "7.0", iso(inMinutes(35))));
        throttler.onQuotaExceeded(KEY, HOURLY_ONLY, null);
        assertEquals(35 * MINUTE, delay(HOURLY_ONLY));
    }

    @Test
    void quotaExceededWithoutAnyClueWaitsAnHour() {
        take(LIST_ORDERS, 1);
        throttler.onQuotaExceeded(KEY, LIST_ORDERS, null);
        assertEquals(HOUR, delay(LIST_ORDERS));
        take(LIST_ORDERS, 0);
        clock.advance(Duration.ofHours(1));
        take(LIST_ORDERS, 5);
    }

    @Test
    void quotaExceededWithAResetTimeAlreadyPastPausesOneRestoreInterval() {
        throttler.onQuotaExceeded(KEY, LIST_ORDERS, clock.instant().minusSeconds(5));
        assertEquals(MINUTE, delay(LIST_ORDERS));
    }

    @Test
    void resetTimeOfAServerClockRunningAheadIsCappedAtOneWindow() {
        // the server's clock is 10 minutes ahead: its reset "in 70 minutes" is at most an hour away for us
        throttler.onQuotaHeaders(KEY, HOURLY_ONLY, QuotaHeaders.parse("10.0", "10.0", iso(inMinutes(70))));
        take(HOURLY_ONLY, 10);
        assertEquals(HOUR, delay(HOURLY_ONLY));
    }

    @Test
    void quotaExceededBlocksAtMostOneWindow() {
        throttler.onQuotaExceeded(KEY, LIST_ORDERS, inMinutes(180));
        assertEquals(HOUR, delay(LIST_ORDERS));
    }

    @Test
    void perItemHourlyQuotaCountsItems() {
        BucketSpec products = BucketSpecs.fromColumns("20", "5", "1", "item", "30");
        BucketKey key = KEY.withBucket("Products.GetMatchingProductForId");
        assertEquals(0, throttler.reserve(key, products, 5, null).delay().toNanos());
        assertEquals(0, throttler.reserve(key, products, 5, null).delay().toNanos());
        assertEquals(0, throttler.reserve(key, products, 5, null).delay().toNanos());
        assertEquals(0, throttler.reserve(key, products, 5, null).delay().toNanos());
        assertEquals(SECOND, throttler.reserve(key, products, 5, null).delay().toNanos());
        assertEquals(2 * SECOND, throttler.reserve(key, products, 5, null).delay().toNanos());
        // 30 items spent in this window
        assertEquals(HOUR, throttler.reserve(key, products, 1, null).delay().toNanos());
    }
}
