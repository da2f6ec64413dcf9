package org.apache.camel.component.mws.cluster;

import java.io.Serial;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;

import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.BucketState;

/**
 * One {@link org.apache.camel.component.mws.throttle.ThrottleStore} operation, run by Hazelcast on the member that
 * owns the bucket's partition, atomically for that key: it applies the matching {@link BucketState} method (the
 * same arithmetic as the in-memory store) and writes the state back with an expiry.
 * <p>
 * The expiry is what keeps a dead node from leaking anything: the entry lives until the bucket has been
 * equivalent to a fresh one ({@link BucketState#idleSince()}) for {@code keepIdleNanos}, then Hazelcast removes
 * it; there is nothing per node to clean up. The backup replica receives the resulting state rather than running
 * the operation a second time.
 *
 * @param <R> the operation's result
 */
abstract class BucketProcessor<R> implements EntryProcessor<BucketKey, BucketState, R> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final BucketSpec spec;
    private final long now;
    private final long keepIdleNanos;

    /** The state written by {@link #process}, handed to the backup; null when nothing was written. */
    private transient BucketState written;
    private transient long writtenTtlMillis;

    BucketProcessor(BucketSpec spec, long now, long keepIdleNanos) {
        this.spec = spec;
        this.now = now;
        this.keepIdleNanos = keepIdleNanos;
    }

    /**
     * Whether the operation settles a request reserved before ({@link Settlement}): then an absent bucket is left
     * absent rather than created full, and a changed spec is not adopted (as the in-memory store does).
     */
    boolean settlesReservation() {
        return false;
    }

    /** Applies the operation to the (live) state. */
    abstract R apply(BucketState state, long now);

    @Override
    public final R process(Map.Entry<BucketKey, BucketState> entry) {
        BucketState state = entry.getValue();
        if (state == null) {
            if (settlesReservation()) {
                return null;
            }
            state = new BucketState(spec, now);
        } else if (!settlesReservation()) {
            state.adopt(spec, now);
        }
        R result = apply(state, now);
        long ttlMillis = ttlMillis(state);
        ((ExtendedMapEntry<BucketKey, BucketState>) entry).setValue(state, ttlMillis, TimeUnit.MILLISECONDS);
        // a copy: the backup is serialized after this returns, the stored object may be mutated by then
        written = state.copy();
        writtenTtlMillis = ttlMillis;
        return result;
    }

    @Override
    public final EntryProcessor<BucketKey, BucketState, R> getBackupProcessor() {
        return written == null ? null : new WriteBackup<>(written, writtenTtlMillis);
    }

    /** Until the bucket has been idle for {@code keepIdleNanos}; at least a millisecond (0 would mean forever). */
    private long ttlMillis(BucketState state) {
        long untilIdle = Math.max(0, state.idleSince() - now);
        long nanos = untilIdle > Long.MAX_VALUE - keepIdleNanos ? Long.MAX_VALUE : untilIdle + keepIdleNanos;
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos));
    }

    /** Writes the primary's result on the backup replica. */
    private static final class WriteBackup<R> implements EntryProcessor<BucketKey, BucketState, R> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final BucketState state;
        private final long ttlMillis;

        WriteBackup(BucketState state, long ttlMillis) {
            this.state = state;
            this.ttlMillis = ttlMillis;
        }

        @Override
        public R process(Map.Entry<BucketKey, BucketState> entry) {
            ((ExtendedMapEntry<BucketKey, BucketState>) entry).setValue(state, ttlMillis, TimeUnit.MILLISECONDS);
            return null;
        }

        @Override
        public EntryProcessor<BucketKey, BucketState, R> getBackupProcessor() {
            return null;
        }
    }

    /** {@link BucketState#reserve(long, int, long, long)}. */
    static final class Reserve extends BucketProcessor<Long> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final int cost;
        private final long maxWaitNanos;
        private final long guardNanos;

        Reserve(BucketSpec spec, long now, long keepIdleNanos, int cost, long maxWaitNanos, long guardNanos) {
            super(spec, now, keepIdleNanos);
            this.cost = cost;
            this.maxWaitNanos = maxWaitNanos;
            this.guardNanos = guardNanos;
        }

        @Override
        Long apply(BucketState state, long now) {
            return state.reserve(now, cost, maxWaitNanos, guardNanos);
        }
    }

    /**
     * An operation on a request reserved before (release, answered). An absent bucket stays absent: it expired
     * because it was idle, so the units are back already; a changed spec is not adopted.
     */
    abstract static class Settlement extends BucketProcessor<Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        Settlement(BucketSpec spec, long now, long keepIdleNanos) {
            super(spec, now, keepIdleNanos);
        }

        @Override
        final boolean settlesReservation() {
            return true;
        }
    }

    /** {@link BucketState#release(long, int)}, a {@link Settlement}. */
    static final class Release extends Settlement {

        @Serial
        private static final long serialVersionUID = 1L;

        private final int cost;
        private final long slot;

        Release(BucketSpec spec, long now, long keepIdleNanos, int cost, long slot) {
            super(spec, now, keepIdleNanos);
            this.cost = cost;
            this.slot = slot;
        }

        @Override
        Void apply(BucketState state, long now) {
            state.release(slot, cost);
            return null;
        }
    }

    /** {@link BucketState#answered(long, long)}, a {@link Settlement}: the request reserved for a slot was answered. */
    static final class Answered extends Settlement {

        @Serial
        private static final long serialVersionUID = 1L;

        private final long slot;

        Answered(BucketSpec spec, long answeredAt, long keepIdleNanos, long slot) {
            super(spec, answeredAt, keepIdleNanos);
            this.slot = slot;
        }

        @Override
        Void apply(BucketState state, long answeredAt) {
            state.answered(slot, answeredAt);
            return null;
        }
    }

    /** {@link BucketState#drain(long)}: the server answered RequestThrottled. */
    static final class Drain extends BucketProcessor<Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        Drain(BucketSpec spec, long now, long keepIdleNanos) {
            super(spec, now, keepIdleNanos);
        }

        @Override
        Void apply(BucketState state, long now) {
            state.drain(now);
            return null;
        }
    }

    /** {@link BucketState#quotaExceeded(long, boolean, long)}: the server answered QuotaExceeded. */
    static final class QuotaExceeded extends BucketProcessor<Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final boolean resetKnown;
        private final long resetAt;

        QuotaExceeded(BucketSpec spec, long now, long keepIdleNanos, boolean resetKnown, long resetAt) {
            super(spec, now, keepIdleNanos);
            this.resetKnown = resetKnown;
            this.resetAt = resetAt;
        }

        @Override
        Void apply(BucketState state, long now) {
            state.quotaExceeded(now, resetKnown, resetAt);
            return null;
        }
    }

    /** {@link BucketState#learn(long, Double, Double, boolean, long)}: the {@code x-mws-quota-*} headers. */
    static final class Learn extends BucketProcessor<Void> {

        @Serial
        private static final long serialVersionUID = 1L;

        private final Double max;
        private final Double remaining;
        private final boolean resetKnown;
        private final long resetAt;

        Learn(BucketSpec spec, long now, long keepIdleNanos, Double max, Double remaining, boolean resetKnown,
              long resetAt) {
            super(spec, now, keepIdleNanos);
            this.max = max;
            this.remaining = remaining;
            this.resetKnown = resetKnown;
            this.resetAt = resetAt;
        }

        @Override
        Void apply(BucketState state, long now) {
            state.learn(now, max, remaining, resetKnown, resetAt);
            return null;
        }
    }
}
