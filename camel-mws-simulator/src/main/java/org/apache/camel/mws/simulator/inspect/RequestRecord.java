package org.apache.camel.mws.simulator.inspect;

import java.time.Instant;

import org.apache.camel.mws.simulator.fault.Fault;

/**
 * One request as the simulator answered it.
 *
 * @param time        server time when it arrived
 * @param requestId   the RequestId of the answer
 * @param method      HTTP method
 * @param path        request path
 * @param section     section name, null when the path or action named none
 * @param action      the Action, null when absent
 * @param sellerId    the seller acted for, null when absent
 * @param accessKeyId the developer's access key id, null when absent
 * @param status      HTTP status of the answer
 * @param outcome     {@link RequestLog#SUCCESS} or the MWS error code
 * @param throttled   whether it was refused with RequestThrottled or QuotaExceeded (real or injected)
 * @param fault       the injected fault ({@link Fault#NONE} when none)
 */
public record RequestRecord(Instant time, String requestId, String method, String path, String section,
        String action, String sellerId, String accessKeyId, int status, String outcome, boolean throttled,
        Fault fault) {

    /** Whether the answer was a success. */
    public boolean succeeded() {
        return RequestLog.SUCCESS.equals(outcome);
    }
}
