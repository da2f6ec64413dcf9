package org.apache.camel.component.mws;

/**
 * MWS could not serve the request: HTTP 500 {@code InternalError} or 503 {@code ServiceUnavailable}, or no answer
 * at all (connection refused, reset, timed out), still so after the configured retries.
 */
public class MwsServiceUnavailableException extends MwsException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    /**
     * @param message  the full message
     * @param error    what is known of the last failure
     * @param cause    the I/O error of the last attempt, or null
     * @param attempts how many times the request was sent
     */
    public MwsServiceUnavailableException(String message, MwsError error, Throwable cause, int attempts) {
        super(message, error, cause);
        this.attempts = attempts;
    }

    /**
     * @return how many times the request was sent before giving up
     */
    public int getAttempts() {
        return attempts;
    }
}
