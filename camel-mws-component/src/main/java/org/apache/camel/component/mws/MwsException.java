package org.apache.camel.component.mws;

import org.apache.camel.RuntimeCamelException;

/**
 * A failed MWS call: an {@code ErrorResponse} from the service, or an answer the component could not use (an HTML
 * page from a proxy, a truncated or oversized body, no answer at all). Carries the HTTP status, the MWS Type, Code and
 * Message, and the RequestId and Timestamp to quote to Amazon support. Subclasses let routes tell apart the failures
 * that need different reactions; the message never contains a secret or a signature.
 */
public class MwsException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final MwsError error;

    /**
     * @param message the full message (secrets already masked)
     * @param error   what is known of the failure
     * @param cause   the underlying exception, or null
     */
    public MwsException(String message, MwsError error, Throwable cause) {
        super(message, cause);
        this.error = error != null ? error : new MwsError(null, 0, null, null, null, null, null);
    }

    /**
     * @param message the full message (secrets already masked)
     * @param error   what is known of the failure
     */
    public MwsException(String message, MwsError error) {
        this(message, error, null);
    }

    /**
     * @return all details of the failure
     */
    public MwsError getError() {
        return error;
    }

    /**
     * @return the section and action that failed, e.g. {@code Orders/ListOrders}
     */
    public String getOperation() {
        return error.operation();
    }

    /**
     * @return the HTTP status of the answer, 0 when none was received
     */
    public int getHttpStatus() {
        return error.httpStatus();
    }

    /**
     * @return the MWS error type ({@code Sender} or {@code Receiver}), or null
     */
    public String getType() {
        return error.type();
    }

    /**
     * @return the MWS error code, e.g. {@code InvalidParameterValue}, or null when the answer carried none
     */
    public String getCode() {
        return error.code();
    }

    /**
     * @return the MWS error message as the service sent it (secrets masked), or null
     */
    public String getErrorMessage() {
        return error.message();
    }

    /**
     * @return the RequestId of the failed request, or null
     */
    public String getRequestId() {
        return error.requestId();
    }

    /**
     * @return the server's timestamp of the request, else the Timestamp it was signed with
     */
    public String getTimestamp() {
        return error.timestamp();
    }
}
