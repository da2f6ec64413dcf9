package org.apache.camel.component.mws.pacing;

import java.util.Objects;

import org.apache.camel.component.mws.MwsQuotaExceededException;
import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.catalog.Operation;
import org.apache.camel.component.mws.throttle.BucketKey;
import org.apache.camel.component.mws.throttle.BucketSpec;
import org.apache.camel.component.mws.throttle.QuotaHeaders;
import org.apache.camel.component.mws.throttle.RequestThrottler;
import org.apache.camel.component.mws.transport.MwsCall;
import org.apache.camel.component.mws.transport.MwsResponseHead;
import org.apache.camel.component.mws.transport.RequestPacer;

/**
 * Paces every MWS request by the bucket of its operation, through the component's one {@link RequestThrottler}: a
 * bucket per (host, seller, access key, bucket name), seeded from the published quotas with the overrides and time
 * scale of the call's endpoint ({@link MwsCall#buckets()}), and corrected by the {@code x-mws-quota-*} headers. The
 * limits travel with each call, so a pacer wrapping this one (to log or count) keeps them.
 * <p>
 * A request waits for its slot before a connection is leased, at most its call's {@code maxThrottleWait} (past it
 * the transport raises {@link MwsThrottledException} without sending). When MWS answers {@code RequestThrottled}
 * anyway (another client spends the same quota), the bucket is emptied and the request is sent again once one unit
 * has been restored; on {@code QuotaExceeded} it waits until the hourly quota resets ({@code x-mws-quota-resetsOn}).
 * Operations without a published quota are sent at once. Thread-safe.
 */
public final class ThrottlingRequestPacer implements RequestPacer {

    /** The slot of the call the current thread is sending: a call is sent and answered on one thread. */
    private static final ThreadLocal<long[]> SLOT = ThreadLocal.withInitial(() -> new long[1]);

    private final RequestThrottler throttler;

    public ThrottlingRequestPacer(RequestThrottler throttler) {
        this.throttler = Objects.requireNonNull(throttler, "throttler must not be null");
    }

    /** The throttler holding the buckets. */
    public RequestThrottler throttler() {
        return throttler;
    }

    /**
     * @param  call a call
     * @return      the key of the bucket it draws from, or null when its operation has no published quota
     */
    public BucketKey keyOf(MwsCall call) {
        Operation op = call.operation();
        return op == null ? null : new BucketKey(call.host(), call.sellerId(), call.accessKeyId(), op.bucket());
    }

    /**
     * @param  call a call of an operation with a published quota
     * @return      the limits of its bucket
     */
    public BucketSpec specOf(MwsCall call) {
        return call.buckets().spec(call.operation());
    }

    @Override
    public void beforeSend(MwsCall call) throws InterruptedException {
        BucketKey key = keyOf(call);
        if (key != null) {
            SLOT.get()[0] = throttler.awaitPermit(key, specOf(call), call.cost(), call.maxThrottleWait());
        }
    }

    @Override
    public void afterResponse(MwsCall call, MwsResponseHead response) {
        BucketKey key = keyOf(call);
        if (key == null) {
            return;
        }
        BucketSpec spec = specOf(call);
        throttler.onAnswered(key, spec, SLOT.get()[0]);
        QuotaHeaders quota = new QuotaHeaders(response.quotaMax(), response.quotaRemaining(), response.quotaResetsOn());
        if (!quota.isEmpty()) {
            throttler.onQuotaHeaders(key, spec, quota);
        }
    }

    @Override
    public boolean onThrottled(MwsCall call, MwsThrottledException exception) {
        BucketKey key = keyOf(call);
        if (key == null) {
            // no bucket to wait for: a blind re-send would be throttled again
            return false;
        }
        if (exception instanceof MwsQuotaExceededException quota) {
            throttler.onQuotaExceeded(key, specOf(call), quota.getResetsOn());
        } else {
            throttler.onRequestThrottled(key, specOf(call));
        }
        // beforeSend waits for the restored bucket (or fails past maxThrottleWait)
        return true;
    }

    @Override
    public double availableUnits(MwsCall call) {
        BucketKey key = keyOf(call);
        if (key == null) {
            return Double.NaN;
        }
        return throttler.store().availableUnits(key, specOf(call), throttler.store().clock().nanoTime());
    }

    @Override
    public String toString() {
        return "ThrottlingRequestPacer[" + throttler.store() + "]";
    }
}
