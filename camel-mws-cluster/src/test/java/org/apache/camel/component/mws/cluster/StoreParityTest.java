package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.hazelcast.core.EntryView;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.BucketSpecs;
import org.apache.camel.component.mws.throttle.BucketState;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.QuotaHeaders;
import org.apache.camel.component.mws.throttle.ThrottleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shared store behaves exactly like the in-memory one: the same random mix of reservations, releases, answers,
 * RequestThrottled, QuotaExceeded, quota headers and changed specs, sent through three members in turn, gives the
 * same delays and the same bucket states.
 */
class StoreParityTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Duration KEEP = Duration.ofHours(5);

    private static TestCluster cluster;

    @BeforeAll
    static void startCluster() {
        cluster = TestCluster.start(3);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void randomOperationsGiveTheSameDelaysAndStates() {
        TestClock clock = new TestClock();
        InMemoryThrottleStore reference = new InMemoryThrottleStore(clock, KEEP);
        List<HazelcastThrottleStore> shared = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shared.add(new HazelcastThrottleStore(cluster.member(i), "parity", clock, KEEP));
        }
        List<BucketKey> keys = List.of(
                new BucketKey("mws.amazonservices.com", "A1SELLER", "AKIA1", "Orders.ListOrders"),
                new BucketKey("mws.amazonservices.com", "A2SELLER", "AKIA1", "Reports.RequestReport"),
                new BucketKey("mws-eu.amazonservices.com", "A1SELLER", "AKIA1", "Products.GetMatchingProduct"));
        List<BucketSpec> specs = List.of(
                BucketSpecs.fromColumns("6", "1", "60", "request", ""),
                BucketSpecs.fromColumns("15", "1", "60", "request", "60"),
                BucketSpecs.fromColumns("20", "2", "1", "item", "7200"));
        Random random = new Random(20240301);
        record Held(BucketKey key, BucketSpec spec, int cost, long slot) {
        }
        List<Held> held = new ArrayList<>();
        int immediate = 0;
        int queued = 0;
        int refused = 0;
        for (int step = 0; step < 1500; step++) {
            int k = random.nextInt(keys.size());
            BucketKey key = keys.get(k);
            BucketSpec spec = specs.get(k);
            if (random.nextInt(40) == 0) {
                // the same bucket configured differently on an endpoint
                spec = spec.withMaxQuota(spec.maxQuota() + 2);
            }
            ThrottleStore store = shared.get(step % shared.size());
            long now = clock.nanoTime();
            int op = random.nextInt(200);
            if (op < 130) {
                int cost = spec.cost(1 + random.nextInt(3));
                long maxWait = switch (random.nextInt(3)) {
                    case 0 -> 0;
                    case 1 -> random.nextInt(120) * SECOND;
                    default -> Long.MAX_VALUE;
                };
                long guard = random.nextBoolean() ? 50_000_000L : 0;
                long expected = reference.reserve(key, spec, cost, now, maxWait, guard);
                long actual = store.reserve(key, spec, cost, now, maxWait, guard);
                assertEquals(expected, actual, "reservation at step " + step + " on " + key);
                if (expected == 0) {
                    immediate++;
                } else if (expected > 0) {
                    queued++;
                } else {
                    refused++;
                }
                if (expected >= 0) {
                    held.add(new Held(key, spec, cost, now + expected));
                }
            } else if (op < 144 && !held.isEmpty()) {
                Held h = held.remove(random.nextInt(held.size()));
                if (random.nextBoolean()) {
                    reference.release(h.key(), h.spec(), h.cost(), h.slot());
                    store.release(h.key(), h.spec(), h.cost(), h.slot());
                } else {
                    // sent and answered a little after its slot
                    long answeredAt = Math.max(now, h.slot()) + random.nextInt(300) * 1_000_000L;
                    reference.answered(h.key(), h.spec(), h.slot(), answeredAt);
                    store.answered(h.key(), h.spec(), h.slot(), answeredAt);
                }
            } else if (op < 158) {
                reference.drain(key, spec, now);
                store.drain(key, spec, now);
            } else if (op < 161) {
                Instant resetsOn = random.nextBoolean() ? null : clock.instant().plusSeconds(random.nextInt(3600));
                reference.quotaExceeded(key, spec, now, resetsOn);
                store.quotaExceeded(key, spec, now, resetsOn);
            } else if (op < 177) {
                QuotaHeaders headers = new QuotaHeaders(random.nextBoolean() ? 60.0 + random.nextInt(3) * 60 : null,
                        random.nextBoolean() ? (double) random.nextInt(60) : null,
                        random.nextBoolean() ? clock.instant().plusSeconds(random.nextInt(4000)) : null);
                reference.learn(key, spec, now, headers);
                store.learn(key, spec, now, headers);
            } else {
                clock.advance(random.nextInt(600) * SECOND + random.nextInt(1000) * 1_000_000L);
            }
            if (random.nextInt(3) == 0) {
                clock.advance(random.nextInt(20_000) * 1_000_000L);
            }
            for (int i = 0; i < keys.size(); i++) {
                BucketKey each = keys.get(i);
                assertSameState(reference.snapshot(each), shared.get(0).snapshot(each), clock.nanoTime(),
                        "after step " + step + " on " + each);
                // what the dev console shows, read through another member
                assertEquals(reference.availableUnits(each, specs.get(i), clock.nanoTime()),
                        shared.get((step + 1) % shared.size()).availableUnits(each, specs.get(i), clock.nanoTime()),
                        1e-9, "available units after step " + step + " on " + each);
            }
        }
        // the mix must have gone through every outcome often enough to prove something
        assertTrue(immediate > 100 && queued > 100 && refused > 100,
                "immediate " + immediate + ", queued " + queued + ", refused " + refused);
    }

    @Test
    void releaseOfAnExpiredBucketCreatesNothing() {
        TestClock clock = new TestClock();
        HazelcastThrottleStore store = new HazelcastThrottleStore(cluster.member(1), "release-absent", clock, KEEP);
        BucketKey key = new BucketKey("mws.amazonservices.com", "A3SELLER", "AKIA1", "Orders.ListOrders");
        store.release(key, BucketSpec.of(6, 1, Duration.ofMinutes(1)), 1, clock.nanoTime());
        assertNull(store.snapshot(key));
        assertEquals(0, store.clusterSize());
    }

    @Test
    void availableUnitsOfAnUnknownBucketAreAFullBucketAndCreateNothing() {
        TestClock clock = new TestClock();
        HazelcastThrottleStore store = new HazelcastThrottleStore(cluster.member(2), "available", clock, KEEP);
        BucketKey key = new BucketKey("mws.amazonservices.com", "A4SELLER", "AKIA1", "Orders.ListOrders");
        BucketSpec spec = BucketSpec.of(6, 1, Duration.ofMinutes(1));
        assertEquals(6.0, store.availableUnits(key, spec, clock.nanoTime()));
        assertEquals(0, store.clusterSize());

        assertEquals(0, store.reserve(key, spec, 2, clock.nanoTime(), Long.MAX_VALUE, 0));
        assertEquals(4.0, store.availableUnits(key, spec, clock.nanoTime()), 1e-9);
        clock.advance(30 * SECOND);
        assertEquals(4.5, store.availableUnits(key, spec, clock.nanoTime()), 1e-9);
        // a look writes nothing: the entry keeps its version and its expiry
        EntryView<BucketKey, BucketState> before = cluster.member(2).<BucketKey, BucketState>getMap("available")
                .getEntryView(key);
        store.availableUnits(key, spec, clock.nanoTime());
        EntryView<BucketKey, BucketState> after = cluster.member(2).<BucketKey, BucketState>getMap("available")
                .getEntryView(key);
        assertEquals(before.getVersion(), after.getVersion());
        assertEquals(before.getExpirationTime(), after.getExpirationTime());
    }

    @Test
    void answeredOfAnExpiredBucketCreatesNothing() {
        TestClock clock = new TestClock();
        HazelcastThrottleStore store = new HazelcastThrottleStore(cluster.member(0), "answered-absent", clock, KEEP);
        BucketKey key = new BucketKey("mws.amazonservices.com", "A5SELLER", "AKIA1", "Orders.ListOrders");
        store.answered(key, BucketSpec.of(6, 1, Duration.ofMinutes(1)), clock.nanoTime(), clock.nanoTime() + SECOND);
        assertNull(store.snapshot(key));
        assertEquals(0, store.clusterSize());
    }

    private static void assertSameState(BucketState expected, BucketState actual, long now, String where) {
        if (expected == null) {
            assertNull(actual, where);
            return;
        }
        assertNotNull(actual, where);
        assertEquals(expected.toString(), actual.toString(), where);
        assertEquals(expected.availableUnits(now), actual.availableUnits(now), 1e-9, where);
        assertEquals(expected.idleSince(), actual.idleSince(), where);
        assertEquals(expected.hourlyUsed(now), actual.hourlyUsed(now), where);
        assertEquals(expected.hourlyLimit(), actual.hourlyLimit(), where);
        assertEquals(expected.spec(), actual.spec(), where);
    }
}
