package org.apache.camel.component.mws;

/**
 * MWS refused a NextToken ({@code NextTokenCorrupted}, also what an expired token gives). Never send that token again: restart the listing from its original operation.
 */
public class MwsNextTokenCorruptedException extends MwsBadRequestException {

    private static final long serialVersionUID = 1L;

    public MwsNextTokenCorruptedException(String message, MwsError error, Throwable cause) {
        super(message, error, cause);
    }

    public MwsNextTokenCorruptedException(String message, MwsError error) {
        super(message, error, null);
    }
}
