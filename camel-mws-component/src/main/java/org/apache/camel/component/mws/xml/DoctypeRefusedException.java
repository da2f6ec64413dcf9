package org.apache.camel.component.mws.xml;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;

/**
 * A document carried a DOCTYPE. MWS never sends one; refusing it outright closes the door on entity expansion
 * (XXE, billion laughs) whatever the StAX implementation on the classpath does with DTDs.
 */
public final class DoctypeRefusedException extends XMLStreamException {

    private static final long serialVersionUID = 1L;

    public DoctypeRefusedException(Location location) {
        super("the document carries a DOCTYPE, and document type declarations (DOCTYPE) are refused: "
              + "MWS responses never carry one", location);
    }
}
