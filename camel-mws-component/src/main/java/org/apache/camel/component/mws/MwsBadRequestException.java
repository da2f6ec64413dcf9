package org.apache.camel.component.mws;

/**
 * MWS rejected the request as the caller's fault (HTTP 400 family: {@code InvalidParameterValue}, {@code MissingParameter}, {@code InvalidAddress}, {@code ReportNotReady}, ...). Retrying the same request does not help.
 */
public class MwsBadRequestException extends MwsException {

    private static final long serialVersionUID = 1L;

    public MwsBadRequestException(String message, MwsError error, Throwable cause) {
        super(message, error, cause);
    }

    public MwsBadRequestException(String message, MwsError error) {
        super(message, error, null);
    }
}
