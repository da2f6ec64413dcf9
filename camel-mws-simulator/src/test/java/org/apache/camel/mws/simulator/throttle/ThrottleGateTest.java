package org.apache.camel.mws.simulator.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.catalog.Operation;
import org.apache.camel.mws.simulator.fault.SkewedClock;
import org.apache.camel.mws.simulator.throttle.ThrottleDecision.Verdict;
import org.junit.jupiter.api.Test;

/** The gate against a controlled monotonic time, so restores and hours are exact. */
class ThrottleGateTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final MwsCatalog catalog = MwsCatalog.standard();

    private ThrottleGate gate(double timeScale) {
        return new ThrottleGate(new SkewedClock(timeScale), nanos::get);
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void burstThenThrottledThenRestoredAtTheScaledRate() {
        ThrottleGate gate = gate(60); // one minute of MWS time is one second
        Operation listOrders = catalog.operation("Orders", "ListOrders").orElseThrow();
        for (int i = 0; i < 6; i++) {
            assertEquals(Verdict.ALLOWED, gate.acquire("S", "K", listOrders, 1, 1).verdict(), "request " + i);
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
        advance(Duration.ofMillis(900));
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
        advance(Duration.ofMillis(150));
        assertEquals(Verdict.ALLOWED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
        advance(Duration.ofHours(1));
        for (int i = 0; i < 6; i++) { // never more than the burst, however long the pause
            assertEquals(Verdict.ALLOWED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", listOrders, 1, 1).verdict());
    }

    @Test
    void sharedBucketsAndSeparatePairs() {
        ThrottleGate gate = gate(1);
        Operation list = catalog.operation("Orders", "ListOrders").orElseThrow();
        Operation next = catalog.operation("Orders", "ListOrdersByNextToken").orElseThrow();
        Operation getOrder = catalog.operation("Orders", "GetOrder").orElseThrow();
        for (int i = 0; i < 3; i++) {
            assertTrue(gate.acquire("S", "K", list, 1, 1).allowed());
            assertTrue(gate.acquire("S", "K", next, 1, 1).allowed());
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", next, 1, 1).verdict(), "ListOrders' bucket is shared");
        assertTrue(gate.acquire("S", "K", getOrder, 1, 1).allowed(), "another bucket");
        assertTrue(gate.acquire("S", "OTHER-DEVELOPER", list, 1, 1).allowed(), "another pair");
        assertTrue(gate.acquire("OTHER-SELLER", "K", list, 1, 1).allowed(), "another pair");
        Operation reportList = catalog.operation("Reports", "GetReportList").orElseThrow();
        Operation reportListNext = catalog.operation("Reports", "GetReportListByNextToken").orElseThrow();
        for (int i = 0; i < 10; i++) {
            assertTrue(gate.acquire("S", "K", reportList, 1, 1).allowed());
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", reportList, 1, 1).verdict());
        assertTrue(gate.acquire("S", "K", reportListNext, 1, 1).allowed(), "GetReportListByNextToken has its own");
    }

    @Test
    void productsAreCountedPerItem() {
        ThrottleGate gate = gate(1);
        Operation forId = catalog.operation("Products", "GetMatchingProductForId").orElseThrow(); // 20 items, 5/s
        assertTrue(forId.perItem());
        for (int i = 0; i < 4; i++) {
            assertTrue(gate.acquire("S", "K", forId, 5, 1).allowed());
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", forId, 1, 1).verdict());
        advance(Duration.ofMillis(1000));
        assertTrue(gate.acquire("S", "K", forId, 5, 1).allowed(), "5 items restored in a second");
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", forId, 5, 1).verdict());
    }

    @Test
    void hourlyQuotaGivesQuotaExceededUntilTheHourResets() {
        ThrottleGate gate = gate(60); // an MWS hour is one minute; GetReport restores one request a second
        Operation getReport = catalog.operation("Reports", "GetReport").orElseThrow(); // 15 burst, 60 an hour
        // start at the top of a (scaled) hour
        QuotaStatus probe = gate.acquire("PROBE", "K", getReport, 1, 1).quota();
        advance(Duration.between(java.time.Instant.now(), probe.resetsOn()).plusMillis(50));
        for (int i = 0; i < 15; i++) {
            assertTrue(gate.acquire("S", "K", getReport, 1, 1).allowed(), "burst " + i);
        }
        for (int i = 0; i < 45; i++) {
            advance(Duration.ofMillis(1010));
            assertTrue(gate.acquire("S", "K", getReport, 1, 1).allowed(), "restored " + i);
        }
        advance(Duration.ofMillis(1010));
        ThrottleDecision spent = gate.acquire("S", "K", getReport, 1, 1);
        assertEquals(Verdict.QUOTA_EXCEEDED, spent.verdict(), "the bucket has a request but the hour is spent");
        assertEquals(0.0, spent.quota().remaining());
        assertEquals(60.0, spent.quota().max());
        advance(Duration.between(java.time.Instant.now(), spent.quota().resetsOn()).plusMillis(50));
        ThrottleDecision after = gate.acquire("S", "K", getReport, 1, 1);
        assertTrue(after.allowed());
        assertEquals(59.0, after.quota().remaining());
        assertTrue(after.quota().resetsOn().isAfter(spent.quota().resetsOn()));
    }

    @Test
    void quotaStatusMultipliedByMarketplacesAndAbsentWithoutHourlyQuota() {
        ThrottleGate gate = gate(1);
        Operation list = catalog.operation("Reports", "GetReportRequestList").orElseThrow(); // 80 an hour
        QuotaStatus q = gate.acquire("S", "K", list, 1, 3).quota();
        assertEquals(240.0, q.max());
        assertEquals(239.0, q.remaining());
        assertTrue(q.resetsOn().isAfter(java.time.Instant.now().minusSeconds(1)));
        assertTrue(q.resetsOn().isBefore(java.time.Instant.now().plus(Duration.ofHours(1)).plusSeconds(2)));
        assertNull(gate.acquire("S", "K", catalog.operation("Orders", "ListOrders").orElseThrow(), 1, 1).quota());
    }

    @Test
    void unlistedOperationsGetAGenerousBucket() {
        ThrottleGate gate = gate(1);
        Operation unlisted = catalog.operationOrDefault("MerchantFulfillment", "GetEligibleShippingServices");
        for (int i = 0; i < 100; i++) {
            assertTrue(gate.acquire("S", "K", unlisted, 1, 1).allowed());
        }
        assertEquals(Verdict.THROTTLED, gate.acquire("S", "K", unlisted, 1, 1).verdict());
    }
}
