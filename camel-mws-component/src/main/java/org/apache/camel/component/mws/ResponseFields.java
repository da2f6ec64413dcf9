package org.apache.camel.component.mws;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a few well-known elements (RequestId, NextToken, HasNext, FeedSubmissionId, ...) from an MWS answer without a
 * model, checking on the way that the answer is well-formed XML. DTDs and external entities are refused.
 */
final class ResponseFields {

    static final Set<String> NAMES = Set.of("RequestId", "RequestID", "NextToken", "HasNext", "MoreResultsAvailable",
            "FeedSubmissionId", "FeedProcessingStatus", "ReportRequestId", "ReportProcessingStatus",
            "GeneratedReportId", "ReportId");

    private static final XMLInputFactory FACTORY = createFactory();

    private ResponseFields() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    /**
     * @param  xml                the answer
     * @return                    the first value of each element of {@link #NAMES} present (by local name)
     * @throws XMLStreamException when the answer is not well-formed XML (truncated, not XML, has a DTD)
     */
    static Map<String, String> scan(byte[] xml) throws XMLStreamException {
        Map<String, String> found = new HashMap<>();
        XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            boolean root = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new XMLStreamException("a DOCTYPE declaration is not allowed in an MWS answer");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    root = true;
                    String name = reader.getLocalName();
                    if (NAMES.contains(name) && !found.containsKey(name)) {
                        found.put(name, reader.getElementText().trim());
                    }
                }
            }
            if (!root) {
                throw new XMLStreamException("the answer has no root element");
            }
        } finally {
            reader.close();
        }
        if (!found.containsKey("RequestId") && found.containsKey("RequestID")) {
            found.put("RequestId", found.get("RequestID"));
        }
        return found;
    }
}
