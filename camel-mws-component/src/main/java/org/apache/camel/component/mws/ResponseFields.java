package org.apache.camel.component.mws;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.camel.component.mws.xml.SecureStax;

/**
 * Reads a few well-known elements (RequestId, NextToken, HasNext, FeedSubmissionId, ...) from an MWS answer without a
 * model, checking on the way that the answer is well-formed XML. DTDs and external entities are refused.
 */
final class ResponseFields {

    static final Set<String> NAMES = Set.of("RequestId", "RequestID", "NextToken", "HasNext", "MoreResultsAvailable",
            "FeedSubmissionId", "FeedProcessingStatus", "ReportRequestId", "ReportProcessingStatus",
            "GeneratedReportId", "ReportId");

    private ResponseFields() {
    }

    /**
     * @param  xml                the answer
     * @return                    the first value of each element of {@link #NAMES} present (by local name)
     * @throws XMLStreamException when the answer is not well-formed XML (truncated, not XML, has a DTD)
     */
    static Map<String, String> scan(byte[] xml) throws XMLStreamException {
        Map<String, String> found = new HashMap<>();
        XMLStreamReader reader = SecureStax.open(xml);
        try {
            SecureStax.toRootElement(reader);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (NAMES.contains(name) && !found.containsKey(name)) {
                        found.put(name, reader.getElementText().trim());
                    }
                }
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
