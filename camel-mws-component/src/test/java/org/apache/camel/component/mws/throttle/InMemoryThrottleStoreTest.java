package org.apache.camel.component.mws.throttle;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eviction of idle buckets and the store's own bookkeeping. */
class InMemoryThrottleStoreTest {

    private static final long MINUTE = 60_000_000_000L;
    private static final BucketSpec LIST_ORDERS = BucketSpecs.fromColumns("6", "1", "60", "request", "");
    private static final BucketSpec GET_REPORT_LIST = BucketSpecs.fromColumns("10", "1", "60", "request", "60");

    private final ManualClock clock = new ManualClock();
    private final InMemoryThrottleStore store = new InMemoryThrottleStore(clock, Duration.ofMinutes(10));
    private final RequestThrottler throttler = new RequestThrottler(store, Duration.ZERO);

    private static BucketKey seller(int n, String bucket) {
        return new BucketKey("mws.amazonservices.com", "SELLER" + n, "AKIAEXAMPLE", bucket);
    }

    private long delay(BucketKey key, BucketSpec spec) {
        return throttler.reserve(key, spec, 1, null).delay().toNanos();
    }

    @Test
    void bucketIsForgottenOnlyOnceFullAndIdleLongEnough() {
        BucketKey key = seller(1, "Orders.ListOrders");
        for (int i = 0; i < 6; i++) {
            delay(key, LIST_ORDERS);
        }
        // full again 6 minutes after the burst; forgettable 10 minutes after that
        clock.advance(Duration.ofMinutes(15));
        assertEquals(0, store.evictIdle());
        assertEquals(1, store.size());
        clock.advance(Duration.ofMinutes(1));
        assertEquals(1, store.evictIdle());
        assertEquals(0, store.size());
        assertNull(store.snapshot(key));
        // it comes back as it was: full
        for (int i = 0; i < 6; i++) {
            assertEquals(0, delay(key, LIST_ORDERS));
        }
        assertEquals(MINUTE, delay(key, LIST_ORDERS));
    }

    @Test
    void queuedBucketIsKept() {
        BucketKey key = seller(1, "Orders.ListOrders");
        for (int i = 0; i < 30; i++) {
            delay(key, LIST_ORDERS);
        }
        clock.advance(Duration.ofMinutes(20));
        assertEquals(0, store.evictIdle());
        // 24 requests were queued a minute apart: the next slot is at 25 minutes, 5 from now
        assertEquals(5 * MINUTE, delay(key, LIST_ORDERS));
    }

    @Test
    void hourlyCountIsKeptUntilItsWindowEnds() {
        BucketKey key = seller(1, "Reports.GetReportList");
        delay(key, GET_REPORT_LIST);
        clock.advance(Duration.ofMinutes(50));
        assertEquals(0, store.evictIdle(), "one request counted in the hour");
        clock.advance(Duration.ofMinutes(20));
        assertEquals(1, store.evictIdle(), "the hour ended 10 minutes ago");
    }

    @Test
    void blockedBucketIsKeptUntilTheBlockEnds() {
        BucketKey key = seller(1, "Orders.ListOrders");
        throttler.onQuotaExceeded(key, LIST_ORDERS, null);
        clock.advance(Duration.ofMinutes(65));
        assertEquals(0, store.evictIdle());
        clock.advance(Duration.ofMinutes(10));
        assertEquals(1, store.evictIdle());
    }

    @Test
    void idleBucketsOfThousandsOfSellersAreSweptByLaterCallers() {
        for (int n = 0; n < 5000; n++) {
            delay(seller(n, "Orders.ListOrders"), LIST_ORDERS);
        }
        assertEquals(5000, store.size());
        clock.advance(Duration.ofMinutes(12));
        // no background thread: the next caller's operation runs the sweep
        assertEquals(0, delay(seller(99_999, "Orders.ListOrders"), LIST_ORDERS));
        assertEquals(1, store.size());
    }

    @Test
    void releaseOfAForgottenBucketIsHarmless() {
        BucketKey key = seller(1, "Orders.ListOrders");
        store.release(key, LIST_ORDERS, 1, clock.nanoTime());
        assertEquals(0, store.size());
    }

    @Test
    void snapshotShowsTheStateWithoutChangingIt() {
        BucketKey key = seller(1, "Reports.GetReportList");
        for (int i = 0; i < 12; i++) {
            delay(key, GET_REPORT_LIST);
        }
        BucketState snapshot = store.snapshot(key);
        assertNotNull(snapshot);
        assertEquals(-2.0, snapshot.availableUnits(clock.nanoTime()), 1e-9);
        assertEquals(60, snapshot.hourlyLimit());
        assertEquals(12, snapshot.hourlyUsed(clock.nanoTime()));
        assertEquals(GET_REPORT_LIST, snapshot.spec());
        snapshot.drain(clock.nanoTime());
        assertEquals(3 * MINUTE, delay(key, GET_REPORT_LIST), "the copy is detached from the store");
        assertTrue(snapshot.toString().contains("hourly=12/60"), snapshot.toString());
    }

    @Test
    void closeForgetsEverything() {
        delay(seller(1, "Orders.ListOrders"), LIST_ORDERS);
        store.close();
        assertEquals(0, store.size());
    }

    @Test
    void invalidConfigurationIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new InMemoryThrottleStore(clock, Duration.ZERO));
        assertTrue(e.getMessage().contains("evictAfter"), e.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class,
                () -> new InMemoryThrottleStore(null, Duration.ofMinutes(1)));
        assertTrue(npe.getMessage().contains("clock"), npe.getMessage());
    }
}
