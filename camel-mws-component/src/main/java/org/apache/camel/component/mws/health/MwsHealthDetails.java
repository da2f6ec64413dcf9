package org.apache.camel.component.mws.health;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.component.mws.MwsAuthenticationException;
import org.apache.camel.component.mws.MwsException;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * The health-check details of a failed MWS call: what an operator quotes to Amazon support (the RequestId and
 * Timestamp) and what tells failures apart (the MWS error code and the HTTP status).
 */
public final class MwsHealthDetails {

    /** The MWS error code of the last failure, e.g. {@code InvalidAccessKeyId} (Camel's key). */
    public static final String ERROR_CODE = AbstractHealthCheck.SERVICE_ERROR_CODE;
    /** The HTTP status of the last failure; absent when no answer came (Camel's key). */
    public static final String HTTP_STATUS = AbstractHealthCheck.SERVICE_STATUS_CODE;
    /** The RequestId of the failed request. */
    public static final String REQUEST_ID = "mws.request.id";
    /** The server's timestamp of the failed request, else the Timestamp it was signed with. */
    public static final String TIMESTAMP = "mws.timestamp";
    /** The section and action that failed, e.g. {@code Orders/ListOrders}. */
    public static final String OPERATION = "mws.operation";
    /** Present (true) when MWS refused the credentials. */
    public static final String AUTHENTICATION_FAILED = "mws.authentication.failed";

    private MwsHealthDetails() {
    }

    /**
     * @param  failure any exception, possibly wrapping an {@link MwsException}
     * @return         the MWS details of the first {@link MwsException} in its cause chain, empty when none
     */
    public static Map<String, Object> of(Throwable failure) {
        MwsException mws = find(failure);
        Map<String, Object> details = new LinkedHashMap<>();
        if (mws == null) {
            return details;
        }
        put(details, OPERATION, mws.getOperation());
        put(details, ERROR_CODE, mws.getCode());
        if (mws.getHttpStatus() > 0) {
            details.put(HTTP_STATUS, mws.getHttpStatus());
        }
        put(details, REQUEST_ID, mws.getRequestId());
        put(details, TIMESTAMP, mws.getTimestamp());
        if (mws instanceof MwsAuthenticationException) {
            details.put(AUTHENTICATION_FAILED, true);
        }
        return details;
    }

    /**
     * @return the first {@link MwsException} of the cause chain, or null
     */
    public static MwsException find(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MwsException mws) {
                return mws;
            }
        }
        return null;
    }

    private static void put(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }
}
