package org.apache.camel.component.mws.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.ctc.wstx.stax.WstxInputFactory;

/**
 * The one StAX input factory of the component, configured against XXE (no DTDs, no external entities), and the
 * first steps of reading every document: open it and move to its root element, refusing a DOCTYPE on the way.
 * <p>
 * The factory is Woodstox's, whatever else the class path offers: it parses ListOrders pages 1.7 times faster than
 * the JDK's (BENCHMARKS.md, micro-benchmarks) and behaves the same in every application; only an explicit
 * {@code -Djavax.xml.stream.XMLInputFactory=...} chooses another implementation. It is created once:
 * creating one per document is expensive (property tables). After configuration only {@code createXMLStreamReader}
 * is called on it, which Woodstox allows from several threads.
 */
public final class SecureStax {

    /** The JDK's system property naming a StAX implementation. */
    private static final String FACTORY_PROPERTY = "javax.xml.stream.XMLInputFactory";
    private static final XMLInputFactory FACTORY = newSecureFactory();

    private SecureStax() {
    }

    /**
     * A new XXE-safe factory: DTD support and external entities switched off, external DTD and schema access
     * forbidden where the implementation knows these properties.
     */
    public static XMLInputFactory newSecureFactory() {
        XMLInputFactory factory = System.getProperty(FACTORY_PROPERTY) != null ? XMLInputFactory.newFactory()
                : new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are refused: " + systemId);
        });
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setIfSupported(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * Opens a body for reading. Code that matches elements by local name only (as {@link StaxModelBinder} does) reads
     * it as it is; code that looks at namespaces (the JAXB runtime) wraps it in a {@link NamespaceNeutralReader}.
     */
    public static XMLStreamReader open(byte[] body) throws XMLStreamException {
        return open(new ByteArrayInputStream(body));
    }

    /**
     * Opens a stream for reading (the encoding comes from the XML declaration or byte order mark, UTF-8 by
     * default).
     */
    public static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(in);
    }

    /**
     * Moves to the root element and returns its local name.
     *
     * @throws DoctypeRefusedException when the prolog carries a DOCTYPE
     * @throws XMLStreamException      when the document is malformed or has no root element
     */
    public static String toRootElement(XMLStreamReader reader) throws XMLStreamException {
        int event = reader.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                throw new DoctypeRefusedException(reader.getLocation());
            }
            if (event == XMLStreamConstants.END_DOCUMENT || !reader.hasNext()) {
                throw new XMLStreamException("the document has no root element", reader.getLocation());
            }
            event = reader.next();
        }
        return reader.getLocalName();
    }

    /**
     * Skips the element the reader is on, leaving the reader on its END_ELEMENT.
     */
    public static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of the current element (text, CDATA and entity replacement text concatenated; child elements, comments
     * and processing instructions skipped), leaving the reader on its END_ELEMENT.
     */
    public static String readText(XMLStreamReader reader) throws XMLStreamException {
        String first = null;
        StringBuilder more = null;
        int depth = 1;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE:
                    if (depth == 1) {
                        String t = reader.getText();
                        if (first == null) {
                            first = t;
                        } else {
                            if (more == null) {
                                more = new StringBuilder(first);
                            }
                            more.append(t);
                        }
                    }
                    break;
                case XMLStreamConstants.START_ELEMENT:
                    depth++;
                    break;
                case XMLStreamConstants.END_ELEMENT:
                    if (--depth == 0) {
                        return more != null ? more.toString() : first != null ? first : "";
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private static void setIfSupported(XMLInputFactory factory, String name, Object value) {
        try {
            factory.setProperty(name, value);
        } catch (IllegalArgumentException e) {
            // not every StAX implementation knows the JAXP 1.5 properties; DTDs are off anyway
        }
    }
}
