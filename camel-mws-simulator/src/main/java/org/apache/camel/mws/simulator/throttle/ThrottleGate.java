package org.apache.camel.mws.simulator.throttle;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.apache.camel.mws.simulator.catalog.Operation;
import org.apache.camel.mws.simulator.spi.SimClock;

/**
 * Server-side throttling as MWS did it: a leaky bucket per seller + developer pair and bucket (operations that
 * share a bucket share its quota), plus the hourly quota of the operations that have one. Restore periods and
 * the hour are scaled by the clock's time scale. Hours are fixed windows aligned with the top of the hour, as
 * MWS's advice to avoid the top and the half of the hour suggests.
 */
public final class ThrottleGate {

    private static final long HOUR_NANOS = Duration.ofHours(1).toNanos();

    private final SimClock clock;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, PairBucket> buckets = new ConcurrentHashMap<>();
    private final long hourNanos;
    private volatile long hourOriginNanos;

    public ThrottleGate(SimClock clock) {
        this(clock, System::nanoTime);
    }

    /** For tests: a controllable monotonic time source (nanoseconds of real time). */
    public ThrottleGate(SimClock clock, LongSupplier nanoTime) {
        this.clock = clock;
        this.nanoTime = nanoTime;
        this.hourNanos = Math.max(1L, clock.scale(Duration.ofHours(1)).toNanos());
        this.hourOriginNanos = hourOrigin();
    }

    /**
     * Counts a request of {@code units} (1, or the number of items for operations counted per item) against
     * the pair's bucket and hourly quota.
     *
     * @param marketplaceCount marketplaces the seller sells in: the hourly quota is multiplied by it
     */
    public ThrottleDecision acquire(String sellerId, String accessKeyId, Operation op, int units,
            int marketplaceCount) {
        String key = sellerId + '\u0000' + accessKeyId + '\u0000' + op.bucket();
        long now = nanoTime.getAsLong();
        PairBucket pair = buckets.computeIfAbsent(key, k -> new PairBucket(
                new LeakyBucket(op.maxQuota(), op.restore(), clock.scale(op.restorePeriod()).toNanos(), now)));
        int cost = Math.max(1, units);
        synchronized (pair) {
            long window = Math.floorDiv(now - hourOriginNanos, hourNanos);
            if (pair.window != window) {
                pair.window = window;
                pair.usedThisHour = 0;
            }
            double hourly = op.hourlyQuota() * (double) Math.max(1, marketplaceCount);
            ThrottleDecision.Verdict verdict;
            if (op.hasHourlyQuota() && pair.usedThisHour + cost > hourly) {
                verdict = ThrottleDecision.Verdict.QUOTA_EXCEEDED;
            } else if (!pair.bucket.tryTake(cost, now)) {
                verdict = ThrottleDecision.Verdict.THROTTLED;
            } else {
                pair.usedThisHour += cost;
                verdict = ThrottleDecision.Verdict.ALLOWED;
            }
            QuotaStatus quota = null;
            if (op.hasHourlyQuota()) {
                long endNanos = hourOriginNanos + (window + 1) * hourNanos;
                Instant resetsOn = clock.now().plusNanos(endNanos - now).truncatedTo(ChronoUnit.MILLIS);
                quota = new QuotaStatus(hourly, Math.max(0, hourly - pair.usedThisHour), resetsOn);
            }
            return new ThrottleDecision(verdict, quota);
        }
    }

    /** The hourly quota status of an operation whose quota is spent, for an injected QuotaExceeded. */
    public QuotaStatus exhausted(Operation op, int marketplaceCount) {
        long now = nanoTime.getAsLong();
        long window = Math.floorDiv(now - hourOriginNanos, hourNanos);
        long endNanos = hourOriginNanos + (window + 1) * hourNanos;
        double hourly = Math.max(1, op.hourlyQuota()) * (double) Math.max(1, marketplaceCount);
        return new QuotaStatus(hourly, 0, clock.now().plusNanos(endNanos - now).truncatedTo(ChronoUnit.MILLIS));
    }

    /** Refills every bucket and forgets the hourly counts. */
    public void reset() {
        buckets.clear();
        hourOriginNanos = hourOrigin();
    }

    /** Where the scaled hours start so that the current one is as far along as the real clock hour is. */
    private long hourOrigin() {
        Instant now = clock.now();
        long sinceTop = Duration.between(now.truncatedTo(ChronoUnit.HOURS), now).toNanos();
        long scaledSinceTop = (long) (sinceTop * (hourNanos / (double) HOUR_NANOS));
        return nanoTime.getAsLong() - scaledSinceTop;
    }

    /** The state of one seller + developer pair for one bucket. */
    private static final class PairBucket {
        final LeakyBucket bucket;
        long window = Long.MIN_VALUE;
        double usedThisHour;

        PairBucket(LeakyBucket bucket) {
            this.bucket = bucket;
        }
    }
}
