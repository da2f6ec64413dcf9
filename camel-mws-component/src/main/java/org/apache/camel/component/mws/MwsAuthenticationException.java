package org.apache.camel.component.mws;

/**
 * MWS refused the credentials: HTTP 401/403, {@code AccessDenied} (plain HTTP, or a developer not authorized for the seller), {@code InvalidAccessKeyId} or {@code SignatureDoesNotMatch}. Retrying does not help.
 */
public class MwsAuthenticationException extends MwsException {

    private static final long serialVersionUID = 1L;

    public MwsAuthenticationException(String message, MwsError error, Throwable cause) {
        super(message, error, cause);
    }

    public MwsAuthenticationException(String message, MwsError error) {
        super(message, error, null);
    }
}
