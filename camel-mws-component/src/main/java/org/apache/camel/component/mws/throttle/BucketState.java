package org.apache.camel.component.mws.throttle;

import java.io.Serial;
import java.io.Serializable;

/**
 * The state of one MWS bucket and the arithmetic of its two limits: the leaky bucket (burst, continuous restore)
 * and the optional hourly quota. It holds no lock and reads no clock: every method takes {@code now} on the
 * store's timeline, and the store guards each call (a lock in memory; an entry processor or a compare-and-set in a
 * distributed store, which is why the class is {@link Serializable} and has no reference to anything else).
 * <p>
 * <b>Model.</b> The leaky bucket is kept as "full at {@code anchor}, {@code consumed} units taken since": it is
 * full again at {@code anchor + nanosFor(consumed)} and a request of {@code c} units may go once
 * {@code anchor + nanosFor(consumed + c - maxQuota)} is reached. Each time is one exact division of a total
 * (see {@link RestoreRate}), so pacing does not drift. A reservation takes its units at once, for a slot that may
 * lie in the future: later callers queue behind it, in the order they reserved, and the bucket can never admit
 * more than the model allows. The hourly quota is a count per window; a request that does not fit in the
 * current window is given the first slot of the next one.
 */
public final class BucketState implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private BucketSpec spec;
    private RestoreRate rate;
    private int maxQuota;
    private long windowNanos;

    /** The leaky bucket was full at {@code anchor}; {@code consumed} units were taken since. */
    private long anchor;
    private long consumed;
    /** When the bucket was last reset (refilled or emptied); reservations with earlier slots are settled. */
    private long epochStart;
    /** The earliest "full again" time that giving units back may lead to (it cannot undo a reset). */
    private long fullFloor;
    /** Whether the current epoch began with a full bucket (not emptied by the server, not reconfigured). */
    private boolean epochFull;
    /** Units taken since {@code epochStart}. */
    private long epochConsumed;
    /** When the bucket became full before the current epoch began (for the safety margin). */
    private long fullSince;
    /** Whether the answer to the request that opened the current epoch came (see {@link #answered}). */
    private boolean epochAnswered;
    /** The slot and units of the latest reservation (units 0 once given back), for {@link #answered}. */
    private long lastSlot;
    private int lastCost;

    private boolean blocked;
    private long blockedUntil;

    private long hourlyLimit;
    private boolean limitLearned;
    private boolean windowKnown;
    private long windowEnd;
    private long used;

    /** "Full since long ago", kept far from the ends of the long range so that adding a margin cannot overflow. */
    private static final long LONG_AGO = Long.MIN_VALUE / 4;

    /** A full bucket at {@code now}. */
    public BucketState(BucketSpec spec, long now) {
        configure(spec);
        this.anchor = now;
        this.epochStart = now;
        this.fullFloor = now;
        this.epochFull = true;
        this.fullSince = LONG_AGO;
        this.hourlyLimit = spec.hourlyQuota();
    }

    /** A copy of this state (for inspection without holding the store's lock). */
    public BucketState copy() {
        BucketState copy = new BucketState(spec, anchor);
        copy.consumed = consumed;
        copy.epochStart = epochStart;
        copy.fullFloor = fullFloor;
        copy.epochFull = epochFull;
        copy.epochConsumed = epochConsumed;
        copy.fullSince = fullSince;
        copy.epochAnswered = epochAnswered;
        copy.lastSlot = lastSlot;
        copy.lastCost = lastCost;
        copy.blocked = blocked;
        copy.blockedUntil = blockedUntil;
        copy.hourlyLimit = hourlyLimit;
        copy.limitLearned = limitLearned;
        copy.windowKnown = windowKnown;
        copy.windowEnd = windowEnd;
        copy.used = used;
        return copy;
    }

    /** The spec the state was last configured with. */
    public BucketSpec spec() {
        return spec;
    }

    /**
     * Switches to another spec (an operation of the same bucket configured differently), carrying over the
     * current fill level and any hourly quota learned from the server.
     */
    public void adopt(BucketSpec newSpec, long now) {
        if (newSpec == spec) {
            return;
        }
        if (newSpec.equals(spec)) {
            spec = newSpec;
            return;
        }
        double level = availableUnits(now);
        configure(newSpec);
        beginEpoch(now, (long) Math.ceil(maxQuota - Math.min(level, maxQuota)), now, false);
        if (!limitLearned) {
            hourlyLimit = newSpec.hourlyQuota();
        }
    }

    /** {@link #reserve(long, int, long, long)} without safety margin: the exact model. */
    public long reserve(long now, int cost, long maxWaitNanos) {
        return reserve(now, cost, maxWaitNanos, 0);
    }

    /**
     * Reserves {@code cost} units for the earliest slot both limits allow.
     * <p>
     * {@code guardNanos} keeps a request from going within that margin of the moment the bucket can first afford
     * it, so that a request that happens to travel faster than the one before does not reach the server early.
     * The margin is capped at a tenth of one unit's restore time (it must not slow a fast bucket) and is not
     * recorded: it shifts slots by a constant and never accumulates.
     *
     * @param  now          the caller's reading of the timeline
     * @param  cost         units to take, at least 1
     * @param  maxWaitNanos the longest delay the caller accepts ({@link Long#MAX_VALUE}: any)
     * @param  guardNanos   the safety margin, 0 for none
     * @return              the delay until the slot ({@code 0}: go now), the slot being {@code now + delay}; or,
     *                      if that delay would exceed {@code maxWaitNanos}, the needed delay negated, and nothing
     *                      was taken
     */
    public long reserve(long now, int cost, long maxWaitNanos, long guardNanos) {
        if (cost < 1) {
            throw new IllegalArgumentException("cost must be at least 1, was " + cost);
        }
        long slot = now;
        if (blocked && blockedUntil > slot) {
            slot = blockedUntil;
        }
        // a request larger than the bucket goes when the bucket is full, and leaves it in debt
        int need = Math.min(cost, maxQuota);
        long unitsReady = anchor + rate.nanosFor(consumed + need - maxQuota);
        if (unitsReady > slot) {
            slot = unitsReady;
        }
        long end = windowEnd;
        long spent = used;
        if (hourlyLimit > 0) {
            if (!windowKnown) {
                // nothing learned from the server yet: the window starts with the first request
                end = slot + windowNanos;
                spent = 0;
            } else {
                if (slot < end - windowNanos) {
                    // the window before the current one is settled: nothing more goes into it
                    slot = end - windowNanos;
                }
                if (slot >= end) {
                    end += ((slot - end) / windowNanos + 1) * windowNanos;
                    spent = 0;
                }
            }
            if (spent > 0 && spent + cost > hourlyLimit) {
                slot = end;
                end += windowNanos;
                spent = 0;
            }
        }
        long guard = guardNanos > 0 ? Math.min(guardNanos, rate.nanosFor(1) / 10) : 0;
        long delay;
        if (slot > now) {
            delay = slot - now + guard;
        } else {
            // since when the request has been affordable: in an epoch that began full, since the refill before it
            // reached the level needed (the level is capped at the top, so the uncapped formula does not say);
            // otherwise since the restore reached the need
            long readySince = epochFull && epochConsumed + need <= maxQuota
                    ? fullSince - rate.nanosFor(maxQuota - epochConsumed - need)
                    : unitsReady;
            delay = readySince + guard > now ? readySince + guard - now : 0;
        }
        if (delay > maxWaitNanos) {
            return -delay;
        }
        take(slot, cost);
        if (hourlyLimit > 0) {
            windowKnown = true;
            windowEnd = end;
            used = spent + cost;
        }
        return delay;
    }

    /**
     * Gives back the units of a reservation that will not be used (its caller was interrupted or gave up). Units
     * whose slot precedes a reset of the bucket are not returned: the reset already accounted for them.
     *
     * @param slot the reservation's slot ({@code now + delay} of its {@link #reserve})
     * @param cost the units it took
     */
    public void release(long slot, int cost) {
        if (slot == lastSlot) {
            lastCost = 0;
        }
        if (slot >= epochStart) {
            consumed -= cost;
            epochConsumed = Math.max(0, epochConsumed - cost);
            if (fullAt() < fullFloor) {
                anchor = fullFloor;
                consumed = 0;
            }
        }
        if (hourlyLimit > 0 && windowKnown && slot < windowEnd && slot >= windowEnd - windowNanos) {
            used = Math.max(0, used - cost);
        }
    }

    /**
     * The request reserved for {@code slot} was answered at {@code answeredAt}. The server took its units when it
     * arrived, at some moment between the slot and the answer, while this state counted from the slot; whenever the
     * server's bucket was full by then, its restore began only at the arrival, later than this state assumes. Two
     * cases are corrected, counting the arrival as the answer (the latest it can have been):
     * <ul>
     * <li>the first request taken from a full bucket: the first request after an idle period is the one most likely
     * to travel slowly (it often opens a new connection), and the requests that follow it count on restores measured
     * from its arrival: the epoch is moved to the answer, so that they never count on a restore the server has not
     * granted yet;</li>
     * <li>the latest reservation, when it reached the server so late (it waited for a connection, say) that the
     * server's bucket may have been full again: the bucket is then taken as full at the answer with the request's
     * units spent.</li>
     * </ul>
     * Nothing changes for any other request.
     *
     * @param slot       the reservation's slot ({@code now + delay} of its {@link #reserve})
     * @param answeredAt when the answer came, on the same timeline
     */
    public void answered(long slot, long answeredAt) {
        if (epochFull && !epochAnswered && slot == epochStart) {
            epochAnswered = true;
            if (answeredAt > slot) {
                long shift = answeredAt - slot;
                anchor += shift;
                epochStart += shift;
                fullFloor += shift;
            }
            return;
        }
        if (slot != lastSlot || lastCost <= 0 || slot < epochStart) {
            return;
        }
        if (fullAt() < answeredAt + rate.nanosFor(lastCost)) {
            // the server's bucket may have been full when the request arrived: it restores from then on
            fullSince = answeredAt;
            beginEpoch(answeredAt, lastCost, answeredAt, true);
            epochAnswered = true;
            lastCost = 0;
            normalize();
        }
    }

    /**
     * The server answered RequestThrottled: its bucket is empty now, whatever ours believed. Nothing is available
     * until units are restored; a bucket already in debt (requests queued) keeps its debt.
     */
    public void drain(long now) {
        long fullIfEmptyNow = now + rate.nanosFor(maxQuota);
        if (fullAt() < fullIfEmptyNow) {
            beginEpoch(now, maxQuota, fullIfEmptyNow, false);
        }
    }

    /**
     * The server answered QuotaExceeded: nothing goes until the hourly quota resets.
     *
     * @param now        the timeline now
     * @param resetKnown whether the server said when ({@code x-mws-quota-resetsOn})
     * @param resetAt    that time on the timeline (ignored unless {@code resetKnown})
     * @return           the time until which the bucket is now blocked
     */
    public long quotaExceeded(long now, boolean resetKnown, long resetAt) {
        long until;
        boolean windowEndsThen;
        if (resetKnown && resetAt > now) {
            // an hourly quota resets within the hour: a later time is the server's clock running ahead
            until = Math.min(resetAt, now + windowNanos);
            windowEndsThen = true;
        } else if (resetKnown) {
            // the server's reset time is already past by our clock (skew): pause one restore interval, not an hour
            until = now + rate.nanosFor(1);
            windowEndsThen = false;
        } else if (isCurrentWindow(now)) {
            until = windowEnd;
            windowEndsThen = true;
        } else {
            // phase unknown: any hourly window has reset an hour from now
            until = now + windowNanos;
            windowEndsThen = true;
        }
        blockUntil(until);
        if (hourlyLimit > 0 && windowEndsThen) {
            windowKnown = true;
            windowEnd = until;
            used = hourlyLimit;
        }
        return until;
    }

    /** Nothing goes before {@code until} (a later block wins over an earlier one). */
    public void blockUntil(long until) {
        if (!blocked || until > blockedUntil) {
            blocked = true;
            blockedUntil = until;
        }
    }

    /**
     * Takes the server's view of the hourly quota ({@code x-mws-quota-*}). The quota itself ({@code max}) replaces
     * the published one. A reset time in another window than ours re-phases our window to the server's and takes
     * its count; within the same window the count only grows, since the server has not yet seen our requests still
     * in flight. While our reservations already fill a later window, the count is left alone.
     *
     * @param now        the timeline now
     * @param max        {@code x-mws-quota-max}, or null
     * @param remaining  {@code x-mws-quota-remaining}, or null
     * @param resetKnown whether {@code x-mws-quota-resetsOn} was given
     * @param resetAt    that time on the timeline (ignored unless {@code resetKnown})
     */
    public void learn(long now, Double max, Double remaining, boolean resetKnown, long resetAt) {
        if (max != null && max >= 1) {
            hourlyLimit = (long) Math.floor(max);
            limitLearned = true;
        }
        if (hourlyLimit <= 0) {
            return;
        }
        long serverUsed = -1;
        if (remaining != null) {
            serverUsed = Math.max(0, Math.min(hourlyLimit, hourlyLimit - (long) Math.floor(remaining)));
        }
        boolean ahead = windowKnown && windowEnd - windowNanos > now;
        // a reset more than two windows away is not the current hour's by any stretch of clock skew
        if (resetKnown && resetAt <= now + 2 * windowNanos) {
            if (ahead) {
                return;
            }
            // the current window cannot end more than a window from now: beyond is the server's clock running ahead
            long serverEnd = Math.min(resetAt, now + windowNanos);
            if (windowKnown && Math.abs(serverEnd - windowEnd) <= windowNanos / 2) {
                windowEnd = serverEnd;
                if (serverUsed >= 0) {
                    used = Math.max(used, serverUsed);
                }
            } else {
                windowKnown = true;
                windowEnd = serverEnd;
                if (serverUsed >= 0) {
                    used = serverUsed;
                }
            }
        } else if (serverUsed >= 0) {
            if (isCurrentWindow(now)) {
                used = Math.max(used, serverUsed);
            } else if (!ahead) {
                windowKnown = true;
                windowEnd = now + windowNanos;
                used = serverUsed;
            }
        }
    }

    /**
     * The time from which this state is indistinguishable from a fresh one: the bucket is full, no block is
     * pending and no hourly quota is counted (learned quotas are forgotten with it, and relearned from the next
     * response).
     */
    public long idleSince() {
        long since = fullAt();
        if (blocked && blockedUntil > since) {
            since = blockedUntil;
        }
        if (hourlyLimit > 0 && windowKnown && used > 0 && windowEnd > since) {
            since = windowEnd;
        }
        return since;
    }

    /** Units available at {@code now}, after all reservations made so far; negative while requests are queued. */
    public double availableUnits(long now) {
        long full = fullAt();
        if (full <= now) {
            return maxQuota;
        }
        return maxQuota - rate.unitsIn(full - now);
    }

    /** The hourly quota in force (learned or published), 0 for none. */
    public long hourlyLimit() {
        return hourlyLimit;
    }

    /** Units counted against the hourly quota in the window that contains {@code now}. */
    public long hourlyUsed(long now) {
        if (hourlyLimit <= 0 || !windowKnown || now >= windowEnd || now < windowEnd - windowNanos) {
            return 0;
        }
        return used;
    }

    @Override
    public String toString() {
        return "BucketState[maxQuota=" + maxQuota + ", rate=" + rate + ", fullAt=" + fullAt()
               + (blocked ? ", blockedUntil=" + blockedUntil : "")
               + (hourlyLimit > 0 ? ", hourly=" + used + "/" + hourlyLimit + (windowKnown ? " until " + windowEnd : "") : "")
               + "]";
    }

    private boolean isCurrentWindow(long now) {
        return hourlyLimit > 0 && windowKnown && windowEnd > now && windowEnd - windowNanos <= now;
    }

    private long fullAt() {
        return anchor + rate.nanosFor(consumed);
    }

    /**
     * Starts a new epoch of the bucket at {@code start} with {@code consumedUnits} taken from it.
     *
     * @param floor the earliest time the bucket can be full again
     * @param full  whether the bucket was full when the epoch began (then its consumed units count as the epoch's)
     */
    private void beginEpoch(long start, long consumedUnits, long floor, boolean full) {
        anchor = start;
        consumed = consumedUnits;
        epochStart = start;
        fullFloor = floor;
        epochFull = full;
        epochConsumed = full ? consumedUnits : 0;
    }

    private void take(long slot, int cost) {
        long full = fullAt();
        if (slot >= full) {
            // untouched since it began full, the bucket has been full since before; otherwise since it refilled
            if (!(epochFull && epochConsumed == 0)) {
                fullSince = full;
            }
            beginEpoch(slot, cost, slot, true);
            epochAnswered = false;
        } else {
            consumed += cost;
            epochConsumed += cost;
        }
        lastSlot = slot;
        lastCost = cost;
        normalize();
    }

    /** Moves the anchor by whole restore cycles: exact, and keeps the numbers small however long it runs. */
    private void normalize() {
        long cycles = consumed / rate.tokensPerCycle();
        if (cycles > 0) {
            consumed -= cycles * rate.tokensPerCycle();
            anchor += cycles * rate.nanosPerCycle();
        }
    }

    private void configure(BucketSpec newSpec) {
        this.spec = newSpec;
        this.rate = RestoreRate.of(newSpec.restoreAmount(), newSpec.restorePeriod());
        this.maxQuota = newSpec.maxQuota();
        this.windowNanos = newSpec.quotaWindow().toNanos();
    }
}
