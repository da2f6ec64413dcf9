package org.apache.camel.component.mws.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Paces MWS requests to the quota of their bucket, and learns from the server's answers.
 * <p>
 * Before sending, the transport calls {@link #awaitPermit}: it reserves the request's units and waits for their
 * slot, before any connection is leased. A scheduled consumer that must not block uses {@link #reserve} (and waits
 * by rescheduling) or {@link #tryAcquire}. After the answer: {@link #onQuotaHeaders} with the
 * {@code x-mws-quota-*} headers, {@link #onRequestThrottled} on a RequestThrottled error (the retry then waits
 * one restore interval), {@link #onQuotaExceeded} on QuotaExceeded (the retry waits for the hourly reset).
 * <p>
 * {@code cost} is the number of items the request carries: it counts only for per-item buckets (Products);
 * a request-counted bucket always takes one unit per request. Pacing follows the published rates exactly, shifted
 * by a small constant safety margin (see {@link #DEFAULT_SAFETY_MARGIN}) so that latency jitter does not make the
 * server see a request before its bucket restored. Thread-safe; the state lives in the {@link ThrottleStore},
 * this class holds none.
 */
public final class RequestThrottler {

    /**
     * The default margin kept after the moment a bucket can afford a request (at most a tenth of one unit's
     * restore time): network latency varies, and a request that travels faster than the one before must not reach
     * the server before its bucket has restored.
     */
    public static final Duration DEFAULT_SAFETY_MARGIN = Duration.ofMillis(50);

    private static final Logger LOG = LoggerFactory.getLogger(RequestThrottler.class);

    private final ThrottleStore store;
    private final ThrottleClock clock;
    private final long guardNanos;

    /** A throttler over the given store, on the store's clock, with {@link #DEFAULT_SAFETY_MARGIN}. */
    public RequestThrottler(ThrottleStore store) {
        this(store, DEFAULT_SAFETY_MARGIN);
    }

    /**
     * A throttler over the given store, on the store's clock.
     *
     * @param safetyMargin the margin kept after the moment a bucket can afford a request (capped per bucket at a
     *                     tenth of one unit's restore time; it shifts slots by a constant and never accumulates);
     *                     {@link Duration#ZERO} paces exactly to the published rates
     */
    public RequestThrottler(ThrottleStore store, Duration safetyMargin) {
        this.store = Objects.requireNonNull(store, "throttle store must not be null");
        this.clock = Objects.requireNonNull(store.clock(), "the throttle store's clock must not be null");
        Objects.requireNonNull(safetyMargin, "safetyMargin must not be null");
        if (safetyMargin.isNegative()) {
            throw new IllegalArgumentException("safetyMargin must not be negative, was " + safetyMargin);
        }
        this.guardNanos = safetyMargin.toNanos();
    }

    /** The store holding the buckets. */
    public ThrottleStore store() {
        return store;
    }

    /**
     * Waits until the bucket allows the request. Call it before leasing a connection.
     *
     * @param  key                       the bucket
     * @param  spec                      its published (or configured) limits
     * @param  cost                      the items the request carries (see the class comment)
     * @param  maxWait                   the longest acceptable wait; null for no limit, zero for none at all
     * @return                          the slot the request was given, for {@link #onAnswered}
     * @throws ThrottleTimeoutException if the wait would exceed {@code maxWait} (nothing was taken)
     * @throws InterruptedException      if interrupted while waiting (the units are given back)
     */
    public long awaitPermit(BucketKey key, BucketSpec spec, int cost, Duration maxWait) throws InterruptedException {
        int units = units(spec, cost);
        long now = clock.nanoTime();
        long delay = store.reserve(key, spec, units, now, maxWaitNanos(maxWait), guardNanos);
        if (delay < 0) {
            throw new ThrottleTimeoutException(key, Duration.ofNanos(-delay), maxWait);
        }
        if (delay == 0) {
            return now;
        }
        long slot = now + delay;
        if (LOG.isDebugEnabled()) {
            LOG.debug("Waiting {} for bucket {}", ThrottleTimeoutException.format(Duration.ofNanos(delay)), key);
        }
        boolean slept = false;
        try {
            clock.sleepUntil(slot);
            slept = true;
        } finally {
            if (!slept) {
                store.release(key, spec, units, slot);
            }
        }
        return slot;
    }

    /**
     * The request given {@code slot} by {@link #awaitPermit} was answered now (successfully or not): lets the bucket
     * measure its restore from the request's arrival when it opened a burst (see
     * {@link BucketState#answered(long, long)}).
     */
    public void onAnswered(BucketKey key, BucketSpec spec, long slot) {
        store.answered(key, spec, slot, clock.nanoTime());
    }

    /**
     * Reserves the request's units without waiting: the caller sends once {@link Reservation#delay()} has passed
     * (or {@link Reservation#cancel() cancels} if it will not send after all).
     *
     * @throws ThrottleTimeoutException if the delay would exceed {@code maxWait} (nothing was taken)
     */
    public Reservation reserve(BucketKey key, BucketSpec spec, int cost, Duration maxWait) {
        int units = units(spec, cost);
        long now = clock.nanoTime();
        long delay = store.reserve(key, spec, units, now, maxWaitNanos(maxWait), guardNanos);
        if (delay < 0) {
            throw new ThrottleTimeoutException(key, Duration.ofNanos(-delay), maxWait);
        }
        return new Reservation(store, key, spec, units, now + delay, delay);
    }

    /** Takes the request's units if they are available right now; otherwise takes nothing and returns false. */
    public boolean tryAcquire(BucketKey key, BucketSpec spec, int cost) {
        return store.reserve(key, spec, units(spec, cost), clock.nanoTime(), 0, guardNanos) == 0;
    }

    /** The server answered RequestThrottled: empty the bucket, so the next permit comes one restore interval on. */
    public void onRequestThrottled(BucketKey key, BucketSpec spec) {
        LOG.debug("RequestThrottled for bucket {}: emptying it", key);
        store.drain(key, spec, clock.nanoTime());
    }

    /**
     * The server answered QuotaExceeded: block the bucket until {@code resetsOn}, or when unknown (null) until the
     * known hourly window ends, or for an hour.
     */
    public void onQuotaExceeded(BucketKey key, BucketSpec spec, Instant resetsOn) {
        LOG.debug("QuotaExceeded for bucket {}: blocked until {}", key, resetsOn == null ? "the hourly reset" : resetsOn);
        store.quotaExceeded(key, spec, clock.nanoTime(), resetsOn);
    }

    /** Takes the server's hourly quota figures ({@code x-mws-quota-*}); empty or null headers change nothing. */
    public void onQuotaHeaders(BucketKey key, BucketSpec spec, QuotaHeaders headers) {
        if (headers == null || headers.isEmpty()) {
            return;
        }
        store.learn(key, spec, clock.nanoTime(), headers);
    }

    private static int units(BucketSpec spec, int cost) {
        Objects.requireNonNull(spec, "bucket spec must not be null");
        if (cost < 0) {
            throw new IllegalArgumentException("cost must not be negative, was " + cost);
        }
        return spec.cost(cost);
    }

    private static long maxWaitNanos(Duration maxWait) {
        if (maxWait == null) {
            return Long.MAX_VALUE;
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("maxWait must not be negative, was " + maxWait);
        }
        try {
            return maxWait.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
