package org.apache.camel.component.mws.health;

import java.time.Instant;
import java.util.Objects;

import org.apache.camel.component.mws.MwsThrottledException;
import org.apache.camel.component.mws.model.common.GetServiceStatusResult;

/**
 * What one GetServiceStatus call of a section gave: the status MWS reported, or the failure of the call.
 *
 * @param status    the status (GREEN, GREEN_I, YELLOW, RED), null when the call failed
 * @param requestId the RequestId of the status answer, null when the call failed (the failure carries its own)
 * @param failure   why the call failed, null when a status came back
 * @param checkedAt when the answer was received
 */
public record ServiceStatusAnswer(GetServiceStatusResult status, String requestId, Exception failure,
        Instant checkedAt) {

    public ServiceStatusAnswer {
        Objects.requireNonNull(checkedAt, "checkedAt");
        if ((status == null) == (failure == null)) {
            throw new IllegalArgumentException("a service status answer is either a status or a failure");
        }
    }

    /**
     * @return an answer carrying the status MWS reported
     */
    public static ServiceStatusAnswer of(GetServiceStatusResult status, String requestId, Instant checkedAt) {
        return new ServiceStatusAnswer(Objects.requireNonNull(status, "status"), requestId, null, checkedAt);
    }

    /**
     * @return an answer carrying the failure of the call
     */
    public static ServiceStatusAnswer failed(Exception failure, Instant checkedAt) {
        return new ServiceStatusAnswer(null, null, Objects.requireNonNull(failure, "failure"), checkedAt);
    }

    /**
     * @return true when the call was not answered because of throttling (by MWS or by the component's pacing)
     */
    public boolean isThrottled() {
        return failure instanceof MwsThrottledException;
    }
}
