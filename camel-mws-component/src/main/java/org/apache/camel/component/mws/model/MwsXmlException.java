package org.apache.camel.component.mws.model;

/**
 * A response body that could not be read as the expected MWS XML document. The message says what was wrong
 * (empty body, not XML, an HTML page, truncated XML, unexpected root element, a refused DTD) and shows at most a
 * short, sanitized prefix of the body.
 */
public class MwsXmlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MwsXmlException(String message) {
        super(message);
    }

    public MwsXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
