package org.apache.camel.component.mws.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import com.hazelcast.config.Config;
import com.hazelcast.config.InMemoryFormat;
import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.BucketState;
import org.apache.camel.component.mws.throttle.InMemoryThrottleStore;
import org.apache.camel.component.mws.throttle.QuotaHeaders;
import org.apache.camel.component.mws.throttle.ThrottleClock;
import org.apache.camel.component.mws.throttle.ThrottleStore;

/**
 * A {@link ThrottleStore} shared by every member of a Hazelcast cluster: the bucket states live in one distributed
 * map, and each operation runs as an entry processor on the member owning the bucket's partition, atomically for
 * that key. Nodes sending for one seller therefore reserve from one bucket and together stay inside its quota.
 * <p>
 * The operations are the in-memory store's ({@link BucketState}: burst, restore rate, hourly quota, safety margin,
 * RequestThrottled emptying, QuotaExceeded blocking, learning from {@code x-mws-quota-*}), so pacing is the same on
 * one node and on many. Nothing is held per node: a node that dies with reservations outstanding has simply spent
 * those units, which the bucket restores like any others; and each entry expires once its bucket has been idle
 * (equivalent to a fresh one) for {@code evictAfter}. With the map's backup count at 1 or more (Hazelcast's
 * default) a member's death loses no bucket state; with 0 the buckets of its partitions would come back full.
 * <p>
 * All nodes must read the same timeline: the default clock is {@link ThrottleClock#epoch()} (NTP-synchronised
 * wall clocks). The store does not own the Hazelcast instance and leaves it running on {@link #close()}.
 */
public final class HazelcastThrottleStore implements ThrottleStore {

    /** The map holding the buckets unless another name is given. */
    public static final String DEFAULT_MAP_NAME = "camel-mws-throttle";

    private final IMap<BucketKey, BucketState> buckets;
    private final ThrottleClock clock;
    private final long keepIdleNanos;

    /** A store in {@link #DEFAULT_MAP_NAME} on the epoch clock, forgetting buckets idle for ten minutes. */
    public HazelcastThrottleStore(HazelcastInstance hazelcast) {
        this(hazelcast, DEFAULT_MAP_NAME, ThrottleClock.epoch(), InMemoryThrottleStore.DEFAULT_EVICT_AFTER);
    }

    /**
     * @param hazelcast  the member (or client) of the cluster
     * @param mapName    the distributed map holding the buckets
     * @param clock      the timeline shared by all nodes (epoch nanoseconds; a manual clock in tests)
     * @param evictAfter how long a bucket stays in the map once it is equivalent to a fresh one
     */
    public HazelcastThrottleStore(HazelcastInstance hazelcast, String mapName, ThrottleClock clock,
                                  Duration evictAfter) {
        Objects.requireNonNull(hazelcast, "hazelcast instance must not be null");
        Objects.requireNonNull(mapName, "mapName must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(evictAfter, "evictAfter must not be null");
        if (evictAfter.isNegative() || evictAfter.isZero()) {
            throw new IllegalArgumentException("evictAfter must be positive, was " + evictAfter);
        }
        this.keepIdleNanos = evictAfter.toNanos();
        this.buckets = hazelcast.getMap(mapName);
    }

    /**
     * The recommended configuration of the bucket map, to add to the members' {@link Config}: states kept as
     * objects (an operation then deserializes nothing on the owner) and one synchronous backup, so that a member's
     * death loses no bucket.
     */
    public static MapConfig mapConfig(String mapName) {
        return new MapConfig(mapName).setInMemoryFormat(InMemoryFormat.OBJECT).setBackupCount(1);
    }

    @Override
    public ThrottleClock clock() {
        return clock;
    }

    @Override
    public long reserve(BucketKey key, BucketSpec spec, int cost, long now, long maxWaitNanos, long guardNanos) {
        check(key, spec);
        if (cost < 1) {
            throw new IllegalArgumentException("cost must be at least 1, was " + cost);
        }
        return buckets.executeOnKey(key,
                new BucketProcessor.Reserve(spec, now, keepIdleNanos, cost, maxWaitNanos, guardNanos));
    }

    @Override
    public void release(BucketKey key, BucketSpec spec, int cost, long slot) {
        check(key, spec);
        buckets.executeOnKey(key, new BucketProcessor.Release(spec, clock.nanoTime(), keepIdleNanos, cost, slot));
    }

    @Override
    public void answered(BucketKey key, BucketSpec spec, long slot, long answeredAt) {
        check(key, spec);
        buckets.executeOnKey(key, new BucketProcessor.Answered(spec, answeredAt, keepIdleNanos, slot));
    }

    @Override
    public void drain(BucketKey key, BucketSpec spec, long now) {
        check(key, spec);
        buckets.executeOnKey(key, new BucketProcessor.Drain(spec, now, keepIdleNanos));
    }

    @Override
    public void quotaExceeded(BucketKey key, BucketSpec spec, long now, Instant resetsOn) {
        check(key, spec);
        long resetAt = resetsOn == null ? 0 : clock.toNanoTime(resetsOn);
        buckets.executeOnKey(key,
                new BucketProcessor.QuotaExceeded(spec, now, keepIdleNanos, resetsOn != null, resetAt));
    }

    @Override
    public void learn(BucketKey key, BucketSpec spec, long now, QuotaHeaders headers) {
        if (headers == null || headers.isEmpty()) {
            return;
        }
        check(key, spec);
        Instant resetsOn = headers.resetsOn();
        long resetAt = resetsOn == null ? 0 : clock.toNanoTime(resetsOn);
        buckets.executeOnKey(key, new BucketProcessor.Learn(spec, now, keepIdleNanos, headers.max(),
                headers.remaining(), resetsOn != null, resetAt));
    }

    /**
     * The units the bucket holds at {@code now}, read on the member owning it without creating or touching state: a
     * remote call per bucket, so meant for a look (dev console, health), not for every request.
     */
    @Override
    public double availableUnits(BucketKey key, BucketSpec spec, long now) {
        check(key, spec);
        Double units = buckets.executeOnKey(key, new AvailableUnits(now));
        return units == null ? spec.maxQuota() : units;
    }

    /** The buckets whose primary copy this member holds (the cluster holds {@link #clusterSize()}). */
    @Override
    public int size() {
        long owned = buckets.getLocalMapStats().getOwnedEntryCount();
        return (int) Math.min(Integer.MAX_VALUE, owned);
    }

    /** The buckets held by the whole cluster. */
    public int clusterSize() {
        return buckets.size();
    }

    /** Always 0: Hazelcast expires idle buckets itself (each entry's time-to-live runs out once it is idle). */
    @Override
    public int evictIdle() {
        return 0;
    }

    /** A copy of a bucket's state for inspection (metrics, health, tests), or null if the cluster holds none. */
    public BucketState snapshot(BucketKey key) {
        return buckets.get(key);
    }

    /** The name of the distributed map. */
    public String mapName() {
        return buckets.getName();
    }

    @Override
    public String toString() {
        return "HazelcastThrottleStore[map " + buckets.getName() + ", " + clock + "]";
    }

    private static void check(BucketKey key, BucketSpec spec) {
        Objects.requireNonNull(key, "bucket key must not be null");
        Objects.requireNonNull(spec, "bucket spec must not be null");
    }
}
