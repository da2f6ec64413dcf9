package org.apache.camel.component.mws.transport;

import org.apache.camel.component.mws.MwsThrottledException;

/**
 * The seam through which request pacing (throttling) wraps every send of the transport. The transport calls
 * {@link #beforeSend} before it leases a connection, {@link #afterResponse} for every answer (successful or not, so
 * that the {@code x-mws-quota-*} headers can be learnt), and {@link #onThrottled} when MWS answered
 * {@code RequestThrottled} or {@code QuotaExceeded}. Implementations must be thread-safe.
 */
public interface RequestPacer {

    /** Sends at once and never re-sends a throttled request. */
    RequestPacer NONE = new RequestPacer() {
        @Override
        public String toString() {
            return "RequestPacer.NONE";
        }
    };

    /**
     * Blocks until the call may be sent. Called for every attempt, retries included, before a connection is leased.
     *
     * @param  call                  the call about to be sent
     * @throws MwsThrottledException when the wait would exceed the call's {@link MwsCall#maxThrottleWait()} (a
     *                               {@link org.apache.camel.component.mws.throttle.ThrottleTimeoutException} is
     *                               turned into one by the transport)
     * @throws InterruptedException  when the waiting thread was interrupted
     */
    default void beforeSend(MwsCall call) throws InterruptedException {
    }

    /**
     * Called for every answer received, before its body is read.
     *
     * @param call     the call that was answered
     * @param response the status and headers of the answer
     */
    default void afterResponse(MwsCall call, MwsResponseHead response) {
    }

    /**
     * Called when MWS throttled the call. Returning true makes the transport send the call again (through
     * {@link #beforeSend}, which is where the wait for the restored bucket belongs); false raises the exception.
     *
     * @param  call                 the throttled call
     * @param  exception            the throttled answer ({@link org.apache.camel.component.mws.MwsQuotaExceededException}
     *                              carries when the hourly quota resets)
     * @return                      true to send the call again
     * @throws InterruptedException when a wait was interrupted
     */
    default boolean onThrottled(MwsCall call, MwsThrottledException exception) throws InterruptedException {
        return false;
    }

    /**
     * For monitoring (metrics, dev console): the units the bucket of the call holds now, after the reservations made
     * so far (negative while requests queue for it).
     *
     * @param  call a call of the bucket
     * @return      the units, or NaN when this pacer keeps no bucket for the call
     */
    default double availableUnits(MwsCall call) {
        return Double.NaN;
    }
}
