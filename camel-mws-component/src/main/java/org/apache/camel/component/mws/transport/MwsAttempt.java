package org.apache.camel.component.mws.transport;

import java.time.Duration;

/**
 * How one HTTP attempt of a call ended.
 *
 * @param call      the call
 * @param number    the attempt's number within the call (1 for the first)
 * @param status    the HTTP status, 0 when no answer arrived
 * @param outcome   {@link #SUCCESS}, the MWS error code of the answer, {@code HTTP <status>} for an error answer
 *                  without a code, or {@link #IO_ERROR} when the connection failed
 * @param requestId the RequestId of the answer, or null
 * @param timestamp the Timestamp the attempt was signed with
 * @param latency   from sending to the answer's head (or to the failure)
 */
public record MwsAttempt(MwsCall call, int number, int status, String outcome, String requestId, String timestamp,
        Duration latency) {

    /** The outcome of a successful answer. */
    public static final String SUCCESS = "success";
    /** The outcome of an attempt whose connection failed (no answer, or an answer cut off). */
    public static final String IO_ERROR = "io-error";

    /**
     * @return true when the answer was a success
     */
    public boolean succeeded() {
        return SUCCESS.equals(outcome);
    }
}
