package org.apache.camel.component.mws.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.component.mws.MwsError;
import org.apache.camel.component.mws.MwsServiceUnavailableException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.model.common.GetServiceStatusResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cache asks again only once an answer's time to live passed, keeps the last real answer when a refresh is
 * throttled, and keeps sections and accounts apart.
 */
class ServiceStatusCacheTest {

    private static final Duration TTL = Duration.ofMinutes(5);
    private static final ServiceStatusCache.Key ORDERS = new ServiceStatusCache.Key("mws.amazonservices.com", "Orders",
            "A1SELLER", "AKIA1");

    private Instant now = Instant.parse("2017-02-01T12:00:00Z");
    private final ServiceStatusCache cache = new ServiceStatusCache(new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final AtomicInteger calls = new AtomicInteger();

    private ServiceStatusAnswer status(String status) {
        calls.incrementAndGet();
        GetServiceStatusResult result = new GetServiceStatusResult();
        result.setStatus(status);
        return ServiceStatusAnswer.of(result, "rid-" + calls.get(), now);
    }

    private ServiceStatusAnswer failure(Exception e) {
        calls.incrementAndGet();
        return ServiceStatusAnswer.failed(e, now);
    }

    @Test
    void anAnswerIsReusedUntilItsTimeToLivePassed() {
        ServiceStatusAnswer first = cache.get(ORDERS, TTL, () -> status("GREEN"));
        now = now.plus(TTL).minusMillis(1);
        assertSame(first, cache.get(ORDERS, TTL, () -> status("RED")));
        assertEquals(1, calls.get());
        now = now.plusMillis(1);
        assertEquals("RED", cache.get(ORDERS, TTL, () -> status("RED")).status().getStatus());
        assertEquals(2, calls.get());
    }

    @Test
    void failuresAreAnswersToo() {
        MwsServiceUnavailableException unavailable = new MwsServiceUnavailableException("503",
                new MwsError("Orders/GetServiceStatus", 503, "Receiver", "ServiceUnavailable", null, "rid", null),
                null, 1);
        assertSame(unavailable, cache.get(ORDERS, TTL, () -> failure(unavailable)).failure());
        assertSame(unavailable, cache.get(ORDERS, TTL, () -> status("GREEN")).failure());
        assertEquals(1, calls.get());
    }

    @Test
    void aThrottledRefreshKeepsTheLastAnswer() {
        ServiceStatusAnswer green = cache.get(ORDERS, TTL, () -> status("GREEN"));
        now = now.plus(TTL);
        MwsThrottledException throttled = new MwsThrottledException("throttled",
                MwsError.noAnswer("Orders/GetServiceStatus", null));
        assertSame(green, cache.get(ORDERS, TTL, () -> failure(throttled)));
        assertTrue(cache.isThrottled(ORDERS));
        assertSame(green, cache.get(ORDERS, TTL, () -> status("RED")), "no new call before the next interval");
        now = now.plus(TTL);
        assertEquals("RED", cache.get(ORDERS, TTL, () -> status("RED")).status().getStatus());
        assertFalse(cache.isThrottled(ORDERS));
    }

    @Test
    void aThrottledFirstCallIsTheAnswer() {
        MwsThrottledException throttled = new MwsThrottledException("throttled",
                MwsError.noAnswer("Orders/GetServiceStatus", null));
        assertTrue(cache.get(ORDERS, TTL, () -> failure(throttled)).isThrottled());
    }

    @Test
    void sectionsAndAccountsAreApart() {
        cache.get(ORDERS, TTL, () -> status("GREEN"));
        ServiceStatusCache.Key reports = new ServiceStatusCache.Key(ORDERS.host(), "Reports", ORDERS.sellerId(),
                ORDERS.accessKeyId());
        ServiceStatusCache.Key otherSeller = new ServiceStatusCache.Key(ORDERS.host(), "Orders", "A2OTHER",
                ORDERS.accessKeyId());
        assertEquals("RED", cache.get(reports, TTL, () -> status("RED")).status().getStatus());
        assertEquals("YELLOW", cache.get(otherSeller, TTL, () -> status("YELLOW")).status().getStatus());
        assertEquals("GREEN", cache.peek(ORDERS).status().getStatus());
        assertEquals(3, calls.get());
    }
}
