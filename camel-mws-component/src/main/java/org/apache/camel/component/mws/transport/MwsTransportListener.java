package org.apache.camel.component.mws.transport;

import java.time.Duration;

/**
 * Observes what the transport does, for metrics and monitoring: how long each attempt waited for its throttling
 * permit, how each attempt ended, the retries, and the bytes of reports and feeds moved. Called on the sending thread
 * after the fact; implementations must be quick, thread-safe and must not throw.
 */
public interface MwsTransportListener {

    /** Observes nothing. */
    MwsTransportListener NONE = new MwsTransportListener() {
        @Override
        public String toString() {
            return "MwsTransportListener.NONE";
        }
    };

    /**
     * The pacer let an attempt go.
     *
     * @param call   the call
     * @param waited how long the attempt waited for its permit (zero when it went at once)
     */
    default void onPermit(MwsCall call, Duration waited) {
    }

    /**
     * An attempt ended: answered (successfully or not) or failed without a usable answer.
     */
    default void onAttempt(MwsAttempt attempt) {
    }

    /**
     * The call is sent again: after a failure the retry policy allows retrying, or after throttling the pacer
     * waited out.
     *
     * @param call   the call
     * @param reason the MWS error code, or {@link MwsAttempt#IO_ERROR}
     */
    default void onRetry(MwsCall call, String reason) {
    }

    /**
     * Raw bytes moved: a feed sent, or a report or feed processing result received.
     *
     * @param call     the call
     * @param received true for a body received, false for a feed sent
     * @param bytes    how many bytes
     */
    default void onBytes(MwsCall call, boolean received, long bytes) {
    }

    /**
     * @return a listener calling both (for components that have several observers)
     */
    static MwsTransportListener both(MwsTransportListener first, MwsTransportListener second) {
        if (first == NONE) {
            return second;
        }
        if (second == NONE) {
            return first;
        }
        return new MwsTransportListener() {
            @Override
            public void onPermit(MwsCall call, Duration waited) {
                first.onPermit(call, waited);
                second.onPermit(call, waited);
            }

            @Override
            public void onAttempt(MwsAttempt attempt) {
                first.onAttempt(attempt);
                second.onAttempt(attempt);
            }

            @Override
            public void onRetry(MwsCall call, String reason) {
                first.onRetry(call, reason);
                second.onRetry(call, reason);
            }

            @Override
            public void onBytes(MwsCall call, boolean received, long bytes) {
                first.onBytes(call, received, bytes);
                second.onBytes(call, received, bytes);
            }
        };
    }
}
