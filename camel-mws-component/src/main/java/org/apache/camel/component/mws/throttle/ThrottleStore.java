package org.apache.camel.component.mws.throttle;

import java.time.Instant;

/**
 * Where the state of the buckets lives. {@link InMemoryThrottleStore} is the default; a store shared by several
 * JVMs (a Hazelcast map, Bucket4j on a database or Redis, ...) implements the same operations so that nodes
 * sending for one seller together stay inside one quota.
 * <p>
 * Each operation acts on one key atomically. A store that keeps {@link BucketState} values only has to run the
 * matching {@link BucketState} method under its own atomicity (a lock, an entry processor, a compare-and-set
 * loop); a store built on another bucket engine maps them to that engine's primitives. The {@code now} arguments
 * are the caller's reading of {@link #clock()}: passing it in makes a reservation's slot exactly
 * {@code now + delay} for the caller, which sleeps on the same clock. A shared store must therefore use a
 * timeline all nodes agree on (epoch nanoseconds), not {@link System#nanoTime()}.
 * <p>
 * Implementations must be thread-safe and should keep per-key memory small and forget idle keys: one JVM may
 * serve thousands of sellers.
 */
public interface ThrottleStore extends AutoCloseable {

    /** The clock whose timeline the {@code now} and slot arguments use, and on which callers wait. */
    ThrottleClock clock();

    /**
     * Reserves {@code cost} units of the bucket for the earliest slot its limits allow, unless that slot is more
     * than {@code maxWaitNanos} away, in which case nothing is taken.
     *
     * @param  key          the bucket
     * @param  spec         its limits (used to create the state, or to adopt a changed configuration)
     * @param  cost         units to take (1 per request, or the item count for per-item buckets)
     * @param  now          the caller's reading of {@link #clock()}
     * @param  maxWaitNanos the longest acceptable delay, {@link Long#MAX_VALUE} for no limit
     * @param  guardNanos   safety margin against network jitter, see {@link BucketState#reserve(long, int, long, long)}
     * @return              the delay in nanoseconds until the slot (0: go now), or the needed delay negated if it
     *                      exceeds {@code maxWaitNanos} (then nothing was taken)
     */
    long reserve(BucketKey key, BucketSpec spec, int cost, long now, long maxWaitNanos, long guardNanos);

    /**
     * Gives back the units of a reservation that will not be used.
     *
     * @param slot the reservation's slot, {@code now + delay} of its {@link #reserve}
     */
    void release(BucketKey key, BucketSpec spec, int cost, long slot);

    /**
     * The request reserved for {@code slot} was answered at {@code answeredAt}: see
     * {@link BucketState#answered(long, long)}. A store that does not implement it paces from the reservation slot,
     * which a safety margin only partly covers when a first request after an idle period travels slowly.
     */
    default void answered(BucketKey key, BucketSpec spec, long slot, long answeredAt) {
    }

    /** The server answered RequestThrottled: the bucket is empty at {@code now}. */
    void drain(BucketKey key, BucketSpec spec, long now);

    /**
     * The server answered QuotaExceeded: nothing goes before the hourly quota resets.
     *
     * @param resetsOn when it resets ({@code x-mws-quota-resetsOn}), or null when unknown (then at the end of the
     *                 known hourly window, or an hour from now)
     */
    void quotaExceeded(BucketKey key, BucketSpec spec, long now, Instant resetsOn);

    /** Takes the server's view of the hourly quota from the {@code x-mws-quota-*} headers. */
    void learn(BucketKey key, BucketSpec spec, long now, QuotaHeaders headers);

    /**
     * For monitoring (metrics, dev console): the units the bucket holds at {@code now}, after the reservations made
     * so far (negative while requests queue for it). Must not create state.
     *
     * @return the units; {@code spec.maxQuota()} when the store holds no state for the bucket (a fresh bucket is
     *         full); NaN when the store cannot tell cheaply
     */
    default double availableUnits(BucketKey key, BucketSpec spec, long now) {
        return Double.NaN;
    }

    /** How many buckets the store holds state for (in this JVM, for a shared store). */
    int size();

    /** Forgets the buckets that have been idle long enough to be equivalent to fresh ones; returns how many. */
    int evictIdle();

    /** Releases the store's resources; the default has none. */
    @Override
    default void close() {
    }
}
