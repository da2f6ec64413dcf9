package org.apache.camel.component.mws;

import java.io.Serializable;

/**
 * What is known of a failed MWS call: the HTTP status and the fields of the {@code ErrorResponse}, plus the RequestId
 * and Timestamp Amazon support asks for. Fields the answer did not carry are null (status 0: no HTTP answer).
 *
 * @param operation  the section and action, e.g. {@code Orders/ListOrders}
 * @param httpStatus the HTTP status, 0 when no answer was received
 * @param type       {@code Sender} or {@code Receiver}
 * @param code       the MWS error code, e.g. {@code RequestThrottled}
 * @param message    the MWS error message (secrets masked)
 * @param requestId  the RequestId of the failed request
 * @param timestamp  the server's {@code x-mws-timestamp}, else the Timestamp the request was signed with
 */
public record MwsError(String operation, int httpStatus, String type, String code, String message, String requestId,
        String timestamp) implements Serializable {

    /**
     * @param  operation the section and action
     * @param  timestamp the Timestamp the request was signed with
     * @return           the details of a call that got no HTTP answer
     */
    public static MwsError noAnswer(String operation, String timestamp) {
        return new MwsError(operation, 0, null, null, null, null, timestamp);
    }

    /**
     * @return {@code [RequestId=..., Timestamp=...]} for messages, empty when neither is known
     */
    public String trace() {
        if (requestId == null && timestamp == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" [");
        if (requestId != null) {
            sb.append("RequestId=").append(requestId);
        }
        if (timestamp != null) {
            sb.append(requestId != null ? ", " : "").append("Timestamp=").append(timestamp);
        }
        return sb.append(']').toString();
    }
}
