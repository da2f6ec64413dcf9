package org.apache.camel.component.mws.throttle;

import java.time.Duration;

/**
 * Units taken from a bucket for a slot that may lie in the future, as returned by
 * {@link RequestThrottler#reserve}. The holder sends its request once the slot is reached ({@link #await()} or
 * by rescheduling after {@link #remaining()}), or {@link #cancel() cancels} if it will not send it, so the units
 * go to the next caller.
 */
public final class Reservation {

    private final ThrottleStore store;
    private final BucketKey key;
    private final BucketSpec spec;
    private final int units;
    private final long slot;
    private final long delayNanos;
    private boolean cancelled;

    Reservation(ThrottleStore store, BucketKey key, BucketSpec spec, int units, long slot, long delayNanos) {
        this.store = store;
        this.key = key;
        this.spec = spec;
        this.units = units;
        this.slot = slot;
        this.delayNanos = delayNanos;
    }

    /** The bucket reserved from. */
    public BucketKey key() {
        return key;
    }

    /** The units taken (1, or the item count for a per-item bucket). */
    public int units() {
        return units;
    }

    /** The delay from the moment of reservation until the slot. */
    public Duration delay() {
        return Duration.ofNanos(delayNanos);
    }

    /** Whether the request could go at once. */
    public boolean isImmediate() {
        return delayNanos == 0;
    }

    /** The time left until the slot, zero once it is reached. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, slot - store.clock().nanoTime()));
    }

    /**
     * Waits until the slot.
     *
     * @throws InterruptedException if interrupted while waiting; the reservation is then cancelled
     */
    public void await() throws InterruptedException {
        boolean reached = false;
        try {
            store.clock().sleepUntil(slot);
            reached = true;
        } finally {
            if (!reached) {
                cancel();
            }
        }
    }

    /**
     * Gives the units back because the request will not be sent. Only the first call has an effect.
     *
     * @return whether this call gave them back
     */
    public synchronized boolean cancel() {
        if (cancelled) {
            return false;
        }
        cancelled = true;
        store.release(key, spec, units, slot);
        return true;
    }

    @Override
    public String toString() {
        return "Reservation[" + key + ", " + units + " unit(s), delay " + ThrottleTimeoutException.format(delay()) + "]";
    }
}
