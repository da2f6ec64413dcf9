package org.apache.camel.mws.simulator.throttle;

/**
 * A request quota that holds up to {@code capacity} units and regains {@code restore} units every
 * {@code restorePeriodNanos} (real time, already scaled). Not thread-safe: its owner synchronizes.
 */
final class LeakyBucket {

    private final double capacity;
    private final double unitsPerNano;
    private double level;
    private long updatedNanos;

    LeakyBucket(int capacity, int restore, long restorePeriodNanos, long nowNanos) {
        this.capacity = capacity;
        this.unitsPerNano = restore / (double) Math.max(1L, restorePeriodNanos);
        this.level = capacity;
        this.updatedNanos = nowNanos;
    }

    /** Takes {@code units} if the bucket holds them; a request larger than the bucket needs a full bucket. */
    boolean tryTake(int units, long nowNanos) {
        restore(nowNanos);
        double needed = Math.min(units, capacity);
        if (level + 1e-9 < needed) {
            return false;
        }
        level = Math.max(0, level - needed);
        return true;
    }

    double level(long nowNanos) {
        restore(nowNanos);
        return level;
    }

    private void restore(long nowNanos) {
        long elapsed = nowNanos - updatedNanos;
        if (elapsed > 0) {
            level = Math.min(capacity, level + elapsed * unitsPerNano);
            updatedNanos = nowNanos;
        }
    }
}
