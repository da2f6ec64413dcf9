package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Burst, restore pacing, per-item cost, shared buckets, isolation and maxWait, on a manual clock. */
class RequestThrottlerPacingTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private static final BucketKey LIST_ORDERS_KEY
            = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "Orders.ListOrders");
    private static final BucketSpec LIST_ORDERS = BucketSpecs.fromColumns("6", "1", "60", "request", "");
    private static final BucketSpec LIST_ORDERS_BY_NEXT_TOKEN = BucketSpecs.fromColumns("6", "1", "60", "request", "");
    private static final BucketSpec SUBMIT_FEED = BucketSpecs.fromColumns("15", "1", "120", "request", "");
    private static final BucketSpec MATCHING_PRODUCT_FOR_ID = BucketSpecs.fromColumns("20", "5", "1", "item", "");

    private final ManualClock clock = new ManualClock();
    private final InMemoryThrottleStore store = new InMemoryThrottleStore(clock);
    private final RequestThrottler throttler = new RequestThrottler(store, Duration.ZERO);

    private long delay(BucketKey key, BucketSpec spec, int cost) {
        return throttler.reserve(key, spec, cost, null).delay().toNanos();
    }

    private long delay(BucketKey key, BucketSpec spec) {
        return delay(key, spec, 1);
    }

    @Test
    void fullBucketAllowsTheBurstThenOneRequestPerRestorePeriod() {
        for (int i = 0; i < 6; i++) {
            assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS), "request " + (i + 1) + " of the burst");
        }
        for (int k = 1; k <= 20; k++) {
            assertEquals(k * MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS), "request " + k + " after the burst");
        }
    }

    @Test
    void submitFeedExampleOfTheGuide() {
        // 25 feeds at once: 15 go, the 10 others follow one every 2 minutes, the last 20 minutes later
        int immediate = 0;
        long last = 0;
        for (int i = 0; i < 25; i++) {
            long d = delay(LIST_ORDERS_KEY.withBucket("Feeds.SubmitFeed"), SUBMIT_FEED);
            if (d == 0) {
                immediate++;
            }
            last = d;
        }
        assertEquals(15, immediate);
        assertEquals(20 * MINUTE, last);
    }

    @Test
    void restoreIsContinuousAndCappedAtTheBurst() {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        clock.advance(Duration.ofSeconds(90));
        // 1.5 requests restored: one goes now, the next when the second is complete, 30 s later
        assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS));
        assertEquals(30 * SECOND, delay(LIST_ORDERS_KEY, LIST_ORDERS));

        clock.advance(Duration.ofHours(5));
        // a long pause restores the burst, never more
        for (int i = 0; i < 6; i++) {
            assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS));
        }
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS));
    }

    @Test
    void callerThatWaitsForEachSlotIsPacedWithoutDrift() {
        // 3 per second is 333,333,333.3 ns apart: the k-th request after the burst must go at exactly k/3 s
        BucketSpec spec = BucketSpec.of(20, 3, Duration.ofSeconds(1));
        BucketKey key = LIST_ORDERS_KEY.withBucket("Test.ThreePerSecond");
        for (int i = 0; i < 20; i++) {
            assertEquals(0, delay(key, spec));
        }
        for (long k = 1; k <= 30_000; k++) {
            long d = delay(key, spec);
            clock.advanceNanos(d);
            long expected = (k * SECOND + 2) / 3; // ceil(k * 1e9 / 3)
            assertEquals(expected, clock.elapsed(), "request " + k + " after the burst");
        }
        assertEquals(10_000 * SECOND, clock.elapsed());
    }

    @Test
    void fractionalRestoreAmountIsExact() {
        BucketSpec spec = BucketSpec.of(1, 2.5, Duration.ofSeconds(1));
        BucketKey key = LIST_ORDERS_KEY.withBucket("Test.TwoAndAHalf");
        assertEquals(0, delay(key, spec));
        assertEquals(400_000_000L, delay(key, spec));
        assertEquals(800_000_000L, delay(key, spec));
        for (int i = 3; i < 250; i++) {
            delay(key, spec);
        }
        // the 251st request, 250 after the first: exactly 100 s
        assertEquals(100 * SECOND, delay(key, spec));
    }

    @Test
    void perItemBucketsCostOneUnitPerItem() {
        BucketKey key = LIST_ORDERS_KEY.withBucket("Products.GetMatchingProductForId");
        for (int i = 0; i < 4; i++) {
            assertEquals(0, delay(key, MATCHING_PRODUCT_FOR_ID, 5), "4 requests of 5 items fill the 20");
        }
        // 5 items restore per second
        assertEquals(SECOND, delay(key, MATCHING_PRODUCT_FOR_ID, 5));
        assertEquals(SECOND + 200_000_000L, delay(key, MATCHING_PRODUCT_FOR_ID, 1));
        assertEquals(SECOND + 600_000_000L, delay(key, MATCHING_PRODUCT_FOR_ID, 2));
    }

    @Test
    void requestCountedBucketsIgnoreTheItemCount() {
        for (int i = 0; i < 6; i++) {
            assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS, 50));
        }
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS, 50));
    }

    @Test
    void requestLargerThanTheBucketWaitsForAFullBucketAndLeavesDebt() {
        BucketKey key = LIST_ORDERS_KEY.withBucket("Products.GetMatchingProductForId");
        assertEquals(0, delay(key, MATCHING_PRODUCT_FOR_ID, 25));
        // 5 units of debt plus 1: 6 units at 5 per second
        assertEquals(1_200_000_000L, delay(key, MATCHING_PRODUCT_FOR_ID, 1));
        // the next oversize request needs the bucket full again: 26 units taken, 5.2 s to restore them
        assertEquals(5_200_000_000L, delay(key, MATCHING_PRODUCT_FOR_ID, 25));
    }

    @Test
    void operationsOfOneBucketShareItsState() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS));
            assertEquals(0, delay(LIST_ORDERS_KEY, LIST_ORDERS_BY_NEXT_TOKEN));
        }
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS_BY_NEXT_TOKEN));
        assertEquals(2 * MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS));
        // another bucket of the same seller is untouched
        BucketSpec listOrderItems = BucketSpecs.fromColumns("30", "1", "2", "request", "");
        assertEquals(0, delay(LIST_ORDERS_KEY.withBucket("Orders.ListOrderItems"), listOrderItems));
        assertEquals(1, store.size() - 1, "one state per bucket name");
    }

    @Test
    void oneDrainedKeyDoesNotDelayAnother() {
        for (int i = 0; i < 100; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        throttler.onRequestThrottled(LIST_ORDERS_KEY, LIST_ORDERS);
        BucketKey otherSeller = new BucketKey("mws.amazonservices.com", "A2SELLER2", "AKIAEXAMPLE", "Orders.ListOrders");
        BucketKey otherDeveloper = new BucketKey("mws.amazonservices.com", "A2SELLER1", "AKIAOTHER", "Orders.ListOrders");
        BucketKey otherRegion = new BucketKey("mws-eu.amazonservices.com", "A2SELLER1", "AKIAEXAMPLE", "Orders.ListOrders");
        for (BucketKey key : new BucketKey[] { otherSeller, otherDeveloper, otherRegion }) {
            for (int i = 0; i < 6; i++) {
                assertEquals(0, delay(key, LIST_ORDERS), key.toString());
            }
            assertEquals(MINUTE, delay(key, LIST_ORDERS), key.toString());
        }
        assertEquals(95 * MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS));
    }

    @Test
    void waitLongerThanMaxWaitIsRefusedAndTakesNothing() {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        ThrottleTimeoutException e = assertThrows(ThrottleTimeoutException.class,
                () -> throttler.reserve(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ofSeconds(30)));
        assertEquals(Duration.ofMinutes(1), e.getRequiredWait());
        assertEquals(Duration.ofSeconds(30), e.getMaxWait());
        assertEquals(LIST_ORDERS_KEY, e.getKey());
        assertTrue(e.getMessage().contains("Orders.ListOrders"), e.getMessage());
        assertTrue(e.getMessage().contains("1m0s"), e.getMessage());
        assertTrue(e.getMessage().contains("30s"), e.getMessage());
        assertFalse(e.getMessage().contains("AKIAEXAMPLE"), "the access key id stays out of messages");

        assertThrows(ThrottleTimeoutException.class,
                () -> throttler.awaitPermit(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ZERO));
        // the refusals took nothing: the next request still gets the first slot
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS));
        // a wait equal to maxWait is accepted
        throttler.reserve(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ofMinutes(2));
    }

    @Test
    void tryAcquireTakesOnlyWhatIsAvailableNow() {
        for (int i = 0; i < 6; i++) {
            assertTrue(throttler.tryAcquire(LIST_ORDERS_KEY, LIST_ORDERS, 1));
        }
        assertFalse(throttler.tryAcquire(LIST_ORDERS_KEY, LIST_ORDERS, 1));
        assertFalse(throttler.tryAcquire(LIST_ORDERS_KEY, LIST_ORDERS, 1));
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS));
    }

    @Test
    void cancelledReservationGivesItsSlotToTheNextCaller() {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        Reservation first = throttler.reserve(LIST_ORDERS_KEY, LIST_ORDERS, 1, null);
        assertEquals(Duration.ofMinutes(1), first.delay());
        assertFalse(first.isImmediate());
        clock.advance(Duration.ofSeconds(20));
        assertEquals(Duration.ofSeconds(40), first.remaining());
        assertTrue(first.cancel());
        assertFalse(first.cancel(), "a second cancel gives nothing back");
        assertEquals(40 * SECOND, delay(LIST_ORDERS_KEY, LIST_ORDERS));
        assertEquals(100 * SECOND, delay(LIST_ORDERS_KEY, LIST_ORDERS));
    }

    @Test
    void awaitPermitReturnsAtOnceFromAFullBucket() throws InterruptedException {
        for (int i = 0; i < 6; i++) {
            throttler.awaitPermit(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ZERO);
        }
        assertEquals(0, clock.elapsed());
    }

    @Test
    void awaitPermitSleepsUntilItsSlotExactly() throws Exception {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        AtomicReference<Long> admittedAt = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                throttler.awaitPermit(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ofMinutes(5));
                admittedAt.set(clock.elapsed());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        clock.awaitSleepers(1);
        clock.advanceNanos(MINUTE - 1);
        clock.awaitSleepers(1);
        assertEquals(null, admittedAt.get(), "one nanosecond early is still waiting");
        clock.advanceNanos(1);
        waiter.join(30_000);
        assertFalse(waiter.isAlive());
        assertEquals(MINUTE, admittedAt.get());
    }

    @Test
    void interruptedWaiterGivesItsUnitsBack() throws Exception {
        for (int i = 0; i < 6; i++) {
            delay(LIST_ORDERS_KEY, LIST_ORDERS);
        }
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                throttler.awaitPermit(LIST_ORDERS_KEY, LIST_ORDERS, 1, null);
                outcome.set(new AssertionError("admitted"));
            } catch (Throwable t) {
                outcome.set(t);
            }
        });
        waiter.start();
        clock.awaitSleepers(1);
        waiter.interrupt();
        waiter.join(30_000);
        assertInstanceOf(InterruptedException.class, outcome.get());
        assertEquals(MINUTE, delay(LIST_ORDERS_KEY, LIST_ORDERS), "the interrupted waiter's slot is free again");
    }

    @Test
    void changedSpecForABucketCarriesTheLevelOver() {
        BucketKey key = LIST_ORDERS_KEY.withBucket("Test.Reconfigured");
        BucketSpec six = BucketSpec.of(6, 1, Duration.ofMinutes(1));
        BucketSpec ten = BucketSpec.of(10, 1, Duration.ofMinutes(1));
        assertEquals(0, delay(key, six));
        assertEquals(0, delay(key, six));
        // 4 left of 6: with a burst of 10 the bucket holds the same 4 available units
        for (int i = 0; i < 4; i++) {
            assertEquals(0, delay(key, ten));
        }
        assertEquals(MINUTE, delay(key, ten));
    }

    @Test
    void invalidArgumentsAreNamed() {
        IllegalArgumentException negativeCost = assertThrows(IllegalArgumentException.class,
                () -> throttler.reserve(LIST_ORDERS_KEY, LIST_ORDERS, -1, null));
        assertTrue(negativeCost.getMessage().contains("cost"), negativeCost.getMessage());
        IllegalArgumentException negativeWait = assertThrows(IllegalArgumentException.class,
                () -> throttler.awaitPermit(LIST_ORDERS_KEY, LIST_ORDERS, 1, Duration.ofSeconds(-1)));
        assertTrue(negativeWait.getMessage().contains("maxWait"), negativeWait.getMessage());
        NullPointerException noKey = assertThrows(NullPointerException.class,
                () -> throttler.reserve(null, LIST_ORDERS, 1, null));
        assertTrue(noKey.getMessage().contains("bucket key"), noKey.getMessage());
    }
}
