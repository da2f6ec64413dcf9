package org.apache.camel.component.mws.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * An element's text could not be converted to the type of its model field (a malformed number, date or boolean).
 */
public final class InvalidValueException extends XMLStreamException {

    private static final long serialVersionUID = 1L;

    public InvalidValueException(String message, Location location, Throwable cause) {
        super(message, location, cause);
    }
}
