package org.apache.camel.component.mws.monitor;

import java.time.Duration;
import java.time.Instant;

import org.apache.camel.component.mws.MwsException;
import org.apache.camel.component.mws.health.MwsHealthDetails;

/**
 * How one poll of a consumer ended.
 *
 * @param finishedAt when the poll ended
 * @param took       how long it took (paging and processing included)
 * @param records    the records emitted
 * @param pages      the pages read
 * @param failure    why the poll failed, null when it succeeded
 */
public record PollOutcome(Instant finishedAt, Duration took, int records, int pages, Throwable failure) {

    /**
     * @return true when the poll succeeded
     */
    public boolean succeeded() {
        return failure == null;
    }

    /**
     * @return the MWS error code of the failure, or null
     */
    public String errorCode() {
        MwsException e = MwsHealthDetails.find(failure);
        return e == null ? null : e.getCode();
    }

    /**
     * @return the RequestId of the failed request, or null
     */
    public String requestId() {
        MwsException e = MwsHealthDetails.find(failure);
        return e == null ? null : e.getRequestId();
    }
}
