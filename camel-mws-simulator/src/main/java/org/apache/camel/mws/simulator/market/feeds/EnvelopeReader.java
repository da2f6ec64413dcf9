package org.apache.camel.mws.simulator.market.feeds;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an {@code AmazonEnvelope}: header values, then one {@link XmlNode} per {@code Message}. StAX with DTDs
 * and external entities disabled: a feed can neither read files nor expand entity bombs.
 */
final class EnvelopeReader implements AutoCloseable {

    /** A feed that is not a well-formed AmazonEnvelope. */
    static final class FatalError extends Exception {
        FatalError(String message) {
            super(message);
        }
    }

    private static final XMLInputFactory FACTORY = createFactory();

    private final XMLStreamReader reader;
    private String messageType;
    private String merchantIdentifier;
    private boolean inBody;

    EnvelopeReader(InputStream in) throws FatalError {
        try {
            reader = FACTORY.createXMLStreamReader(in);
            openEnvelope();
        } catch (XMLStreamException e) {
            throw fatal(e);
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    private static FatalError fatal(XMLStreamException e) {
        String where = e.getLocation() == null ? ""
                : " at Line " + e.getLocation().getLineNumber() + ", Column " + e.getLocation().getColumnNumber();
        String msg = e.getMessage() == null ? "malformed XML" : e.getMessage().replaceAll("^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        return new FatalError("XML Parsing Fatal Error" + where + ": " + msg);
    }

    private void openEnvelope() throws XMLStreamException, FatalError {
        int event = nextStructural();
        if (event != XMLStreamConstants.START_ELEMENT || !"AmazonEnvelope".equals(reader.getLocalName())) {
            throw new FatalError("XML Parsing Fatal Error: the root element must be AmazonEnvelope, was "
                    + (event == XMLStreamConstants.START_ELEMENT ? reader.getLocalName() : "missing") + ".");
        }
        // read Header and MessageType; stop at the first Message
        while (true) {
            event = nextStructural();
            if (event == XMLStreamConstants.END_ELEMENT || event == XMLStreamConstants.END_DOCUMENT) {
                inBody = false;
                return;
            }
            String name = reader.getLocalName();
            if ("Message".equals(name)) {
                inBody = true;
                return;
            }
            XmlNode node = readElement();
            if ("Header".equals(name)) {
                merchantIdentifier = node.text("MerchantIdentifier");
            } else if ("MessageType".equals(name)) {
                messageType = node.text.toString().trim();
            }
        }
    }

    String messageType() {
        return messageType;
    }

    String merchantIdentifier() {
        return merchantIdentifier;
    }

    /** The next Message, or null after the last. */
    XmlNode nextMessage() throws FatalError {
        try {
            while (true) {
                if (!inBody) {
                    int event = nextStructural();
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        drain();
                        return null;
                    }
                    if (!"Message".equals(reader.getLocalName())) {
                        readElement();
                        continue;
                    }
                }
                inBody = false;
                return readElement();
            }
        } catch (XMLStreamException e) {
            throw fatal(e);
        }
    }

    private void drain() throws XMLStreamException, FatalError {
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new FatalError("XML Parsing Fatal Error: DOCTYPE declarations are not allowed in feeds.");
            }
        }
    }

    /** Reads the element whose START_ELEMENT is current, with its subtree. */
    private XmlNode readElement() throws XMLStreamException, FatalError {
        XmlNode node = new XmlNode(reader.getLocalName(), attributes());
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> node.children.add(readElement());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    node.text.append(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FatalError(
                        "XML Parsing Fatal Error: the entity &" + reader.getLocalName() + "; is not defined.");
                case XMLStreamConstants.END_ELEMENT -> {
                    return node;
                }
                case XMLStreamConstants.DTD -> throw new FatalError(
                        "XML Parsing Fatal Error: DOCTYPE declarations are not allowed in feeds.");
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    private Map<String, String> attributes() {
        int n = reader.getAttributeCount();
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i < n; i++) {
            a.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return a;
    }

    private int nextStructural() throws XMLStreamException, FatalError {
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
                    return event;
                case XMLStreamConstants.DTD:
                    throw new FatalError("XML Parsing Fatal Error: DOCTYPE declarations are not allowed in feeds.");
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw new FatalError("XML Parsing Fatal Error: the entity &" + reader.getLocalName()
                            + "; is not defined.");
                default:
                    break;
            }
        }
        return XMLStreamConstants.END_DOCUMENT;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing to release beyond the stream, which the caller closes
        }
    }
}
