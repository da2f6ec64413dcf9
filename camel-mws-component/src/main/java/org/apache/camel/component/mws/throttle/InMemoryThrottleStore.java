package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link ThrottleStore}: bucket states in a concurrent map of this JVM, one small lock per key (so
 * keys never wait for each other), no background thread. Buckets idle for {@code evictAfter} (full, unblocked, no
 * hourly count) are forgotten by a sweep that runs at most once per {@code evictAfter}, on the thread of a caller
 * that comes along; a forgotten bucket comes back full, which is exactly what it was.
 */
public final class InMemoryThrottleStore implements ThrottleStore {

    /** How long a bucket stays idle before it is forgotten, unless configured otherwise. */
    public static final Duration DEFAULT_EVICT_AFTER = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(InMemoryThrottleStore.class);

    private final ThrottleClock clock;
    private final long evictAfterNanos;
    private final ConcurrentHashMap<BucketKey, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    /** A store on the system clock, evicting after {@link #DEFAULT_EVICT_AFTER}. */
    public InMemoryThrottleStore() {
        this(ThrottleClock.system(), DEFAULT_EVICT_AFTER);
    }

    /** A store on the given clock, evicting after {@link #DEFAULT_EVICT_AFTER}. */
    public InMemoryThrottleStore(ThrottleClock clock) {
        this(clock, DEFAULT_EVICT_AFTER);
    }

    /**
     * @param clock      the time source
     * @param evictAfter how long a bucket must have been idle (equivalent to a fresh one) before it is forgotten
     */
    public InMemoryThrottleStore(ThrottleClock clock, Duration evictAfter) {
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        Objects.requireNonNull(evictAfter, "evictAfter must not be null");
        if (evictAfter.isNegative() || evictAfter.isZero()) {
            throw new IllegalArgumentException("evictAfter must be positive, was " + evictAfter);
        }
        this.evictAfterNanos = evictAfter.toNanos();
        this.nextSweep = new AtomicLong(clock.nanoTime() + evictAfterNanos);
    }

    @Override
    public ThrottleClock clock() {
        return clock;
    }

    @Override
    public long reserve(BucketKey key, BucketSpec spec, int cost, long now, long maxWaitNanos, long guardNanos) {
        Entry entry = lock(key, spec, now);
        try {
            return entry.state.reserve(now, cost, maxWaitNanos, guardNanos);
        } finally {
            entry.unlock();
        }
    }

    @Override
    public void release(BucketKey key, BucketSpec spec, int cost, long slot) {
        Entry entry = entries.get(key);
        if (entry == null) {
            // forgotten since: it was idle, so the units are back already
            return;
        }
        entry.lock();
        try {
            if (!entry.evicted) {
                entry.state.release(slot, cost);
            }
        } finally {
            entry.unlock();
        }
    }

    @Override
    public void answered(BucketKey key, BucketSpec spec, long slot, long answeredAt) {
        Entry entry = entries.get(key);
        if (entry == null) {
            // forgotten since: it was idle and full again
            return;
        }
        entry.lock();
        try {
            if (!entry.evicted) {
                entry.state.answered(slot, answeredAt);
            }
        } finally {
            entry.unlock();
        }
    }

    @Override
    public void drain(BucketKey key, BucketSpec spec, long now) {
        Entry entry = lock(key, spec, now);
        try {
            entry.state.drain(now);
        } finally {
            entry.unlock();
        }
    }

    @Override
    public void quotaExceeded(BucketKey key, BucketSpec spec, long now, Instant resetsOn) {
        long resetAt = resetsOn == null ? 0 : clock.toNanoTime(resetsOn);
        Entry entry = lock(key, spec, now);
        try {
            entry.state.quotaExceeded(now, resetsOn != null, resetAt);
        } finally {
            entry.unlock();
        }
    }

    @Override
    public void learn(BucketKey key, BucketSpec spec, long now, QuotaHeaders headers) {
        if (headers == null || headers.isEmpty()) {
            return;
        }
        Instant resetsOn = headers.resetsOn();
        long resetAt = resetsOn == null ? 0 : clock.toNanoTime(resetsOn);
        Entry entry = lock(key, spec, now);
        try {
            entry.state.learn(now, headers.max(), headers.remaining(), resetsOn != null, resetAt);
        } finally {
            entry.unlock();
        }
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public int evictIdle() {
        return sweep(clock.nanoTime());
    }

    /** Forgets every bucket. */
    @Override
    public void close() {
        entries.clear();
    }

    @Override
    public double availableUnits(BucketKey key, BucketSpec spec, long now) {
        BucketState state = snapshot(key);
        return state == null ? spec.maxQuota() : state.availableUnits(now);
    }

    /** A copy of a bucket's state for inspection (metrics, health, tests), or null if none is held. */
    public BucketState snapshot(BucketKey key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        entry.lock();
        try {
            return entry.evicted ? null : entry.state.copy();
        } finally {
            entry.unlock();
        }
    }

    @Override
    public String toString() {
        return "InMemoryThrottleStore[" + entries.size() + " buckets, " + clock + "]";
    }

    /** Returns the live entry for the key, locked; creates it (full) if absent. */
    private Entry lock(BucketKey key, BucketSpec spec, long now) {
        Objects.requireNonNull(key, "bucket key must not be null");
        Objects.requireNonNull(spec, "bucket spec must not be null");
        maybeSweep(now);
        while (true) {
            Entry entry = entries.get(key);
            if (entry == null) {
                Entry created = new Entry(new BucketState(spec, now));
                entry = entries.putIfAbsent(key, created);
                if (entry == null) {
                    entry = created;
                }
            }
            entry.lock();
            if (!entry.evicted) {
                entry.state.adopt(spec, now);
                return entry;
            }
            // swept between lookup and lock: its replacement (or a new one) is the live state
            entry.unlock();
        }
    }

    private void maybeSweep(long now) {
        long due = nextSweep.get();
        if (now - due >= 0 && nextSweep.compareAndSet(due, now + evictAfterNanos)) {
            sweep(now);
        }
    }

    private int sweep(long now) {
        int evicted = 0;
        for (Iterator<Map.Entry<BucketKey, Entry>> it = entries.entrySet().iterator(); it.hasNext();) {
            Map.Entry<BucketKey, Entry> mapping = it.next();
            Entry entry = mapping.getValue();
            if (!entry.tryLock()) {
                // in use right now, so not idle
                continue;
            }
            try {
                if (now - entry.state.idleSince() >= evictAfterNanos) {
                    entry.evicted = true;
                    entries.remove(mapping.getKey(), entry);
                    evicted++;
                }
            } finally {
                entry.unlock();
            }
        }
        if (evicted > 0) {
            LOG.debug("Forgot {} idle throttling buckets, {} remain", evicted, entries.size());
        }
        return evicted;
    }

    /** A bucket state with its lock; {@code evicted} tells a caller that raced with the sweep to look again. */
    private static final class Entry extends ReentrantLock {
        private static final long serialVersionUID = 1L;

        private final transient BucketState state;
        private boolean evicted;

        Entry(BucketState state) {
            this.state = state;
        }
    }
}
