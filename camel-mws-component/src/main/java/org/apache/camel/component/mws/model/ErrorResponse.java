package org.apache.camel.component.mws.model;

/**
 * An MWS {@code ErrorResponse}.
 */
public final class ErrorResponse {

    private String type;
    private String code;
    private String message;
    private String requestId;

    public String getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    /**
     * @return the request id, whether the server spelled it {@code RequestId} or {@code RequestID}
     */
    public String getRequestId() {
        return requestId;
    }
}
