package org.apache.camel.component.mws.throttle;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * The published limits of one MWS throttling bucket (see {@code operations.csv}).
 * <p>
 * A full bucket allows {@code maxQuota} units at once; {@code restoreAmount} units come back every
 * {@code restorePeriod}, continuously. A unit is one request, or one item for the Products operations counted
 * by item ({@code perItem}). An optional {@code hourlyQuota} caps the units spent per {@code quotaWindow} (one
 * hour on MWS; shorter against a time-scaled simulator). Specs are immutable and compared by value; use the
 * same instance for every call on a bucket where possible, it saves a comparison.
 *
 * @param maxQuota      burst size, at least 1
 * @param restoreAmount units regained per restore period, greater than 0
 * @param restorePeriod the restore period, greater than zero
 * @param perItem       whether a request costs one unit per item it carries (Products) instead of one
 * @param hourlyQuota   the cap per quota window, 0 for none
 * @param quotaWindow   the length of the hourly quota window (one hour unless time-scaled)
 */
public record BucketSpec(int maxQuota, double restoreAmount, Duration restorePeriod, boolean perItem,
                         int hourlyQuota, Duration quotaWindow) implements Serializable {

    /** The length of MWS's hourly quota window. */
    public static final Duration HOUR = Duration.ofHours(1);

    public BucketSpec {
        if (maxQuota < 1) {
            throw new IllegalArgumentException("maxQuota must be at least 1, was " + maxQuota);
        }
        if (!(restoreAmount > 0) || Double.isInfinite(restoreAmount)) {
            throw new IllegalArgumentException("restoreAmount must be a positive number, was " + restoreAmount);
        }
        Objects.requireNonNull(restorePeriod, "restorePeriod must not be null");
        if (restorePeriod.isNegative() || restorePeriod.isZero()) {
            throw new IllegalArgumentException("restorePeriod must be positive, was " + restorePeriod);
        }
        if (hourlyQuota < 0) {
            throw new IllegalArgumentException("hourlyQuota must be 0 (none) or positive, was " + hourlyQuota);
        }
        Objects.requireNonNull(quotaWindow, "quotaWindow must not be null");
        if (quotaWindow.isNegative() || quotaWindow.isZero()) {
            throw new IllegalArgumentException("quotaWindow must be positive, was " + quotaWindow);
        }
        // fails here, with the spec's values, rather than on first use
        RestoreRate.of(restoreAmount, restorePeriod);
    }

    /** A spec with MWS's one-hour quota window. */
    public BucketSpec(int maxQuota, double restoreAmount, Duration restorePeriod, boolean perItem, int hourlyQuota) {
        this(maxQuota, restoreAmount, restorePeriod, perItem, hourlyQuota, HOUR);
    }

    /** A request-counted bucket without hourly quota. */
    public static BucketSpec of(int maxQuota, double restoreAmount, Duration restorePeriod) {
        return new BucketSpec(maxQuota, restoreAmount, restorePeriod, false, 0, HOUR);
    }

    /** Whether an hourly quota applies (before anything is learned from the server). */
    public boolean hasHourlyQuota() {
        return hourlyQuota > 0;
    }

    /**
     * The units a request carrying {@code items} items costs: the item count (at least 1) for per-item buckets,
     * always 1 for request-counted ones.
     */
    public int cost(int items) {
        return perItem ? Math.max(1, items) : 1;
    }

    /** The same bucket with another burst size (an endpoint override). */
    public BucketSpec withMaxQuota(int newMaxQuota) {
        return new BucketSpec(newMaxQuota, restoreAmount, restorePeriod, perItem, hourlyQuota, quotaWindow);
    }

    /** The same bucket with another restore rate (an endpoint override). */
    public BucketSpec withRestore(double newRestoreAmount, Duration newRestorePeriod) {
        return new BucketSpec(maxQuota, newRestoreAmount, newRestorePeriod, perItem, hourlyQuota, quotaWindow);
    }

    /** The same bucket with another hourly quota, 0 for none (an endpoint override). */
    public BucketSpec withHourlyQuota(int newHourlyQuota) {
        return new BucketSpec(maxQuota, restoreAmount, restorePeriod, perItem, newHourlyQuota, quotaWindow);
    }

    /**
     * The bucket as seen against a server whose time runs {@code timeScale} times faster than MWS (the simulator's
     * time scale): restore period and quota window shrink by that factor, the quotas stay.
     */
    public BucketSpec scaled(double timeScale) {
        if (!(timeScale > 0) || Double.isInfinite(timeScale)) {
            throw new IllegalArgumentException("timeScale must be a positive number, was " + timeScale);
        }
        if (timeScale == 1.0) {
            return this;
        }
        return new BucketSpec(maxQuota, restoreAmount, divide(restorePeriod, timeScale), perItem, hourlyQuota,
                divide(quotaWindow, timeScale));
    }

    private static Duration divide(Duration duration, double factor) {
        return Duration.ofNanos(Math.max(1L, Math.round(duration.toNanos() / factor)));
    }
}
