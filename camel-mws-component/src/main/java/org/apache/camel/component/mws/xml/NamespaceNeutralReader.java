package org.apache.camel.component.mws.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/**
 * Presents every element of an MWS document in no namespace, so that the JAXB runtime reads the model classes
 * (declared without a namespace) whichever section namespace, spelling ({@code http} or {@code https}, with or
 * without a trailing slash) or prefix the server used. ({@link StaxModelBinder} matches local names only and needs
 * no such help.) Attributes keep their namespaces ({@code xsi:nil} still
 * works). MWS documents never mix two vocabularies with clashing local names, so nothing is lost.
 */
public final class NamespaceNeutralReader extends StreamReaderDelegate {

    public NamespaceNeutralReader(XMLStreamReader reader) {
        super(reader);
    }

    @Override
    public String getNamespaceURI() {
        return isElementEvent() ? XMLConstants.NULL_NS_URI : super.getNamespaceURI();
    }

    @Override
    public String getPrefix() {
        return isElementEvent() ? XMLConstants.DEFAULT_NS_PREFIX : super.getPrefix();
    }

    @Override
    public QName getName() {
        return new QName(getLocalName());
    }

    @Override
    public int getNamespaceCount() {
        // hiding the declarations keeps the delegate consistent: no prefix is in use on any element
        return isElementEvent() ? 0 : super.getNamespaceCount();
    }

    private boolean isElementEvent() {
        int event = getEventType();
        return event == START_ELEMENT || event == END_ELEMENT;
    }
}
