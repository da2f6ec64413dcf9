package org.apache.camel.component.mws;

import java.util.Map;

import org.apache.camel.component.mws.transport.MwsResponseHead;

/**
 * A successful MWS answer as the component hands it over: the body (the JAXB Result, or the XML) and what routes
 * and paging need to know of it.
 *
 * @param body      the JAXB {@code ...Result} where the action is modelled and objects were asked for, else the XML
 * @param requestId the RequestId of the answer
 * @param nextToken the NextToken to continue the listing with, or null on the last page
 * @param hasNext   HasNext (HN), MoreResultsAvailable (MRA) or whether a NextToken came (NT); null for non-listings
 * @param fields    well-known elements read from the XML: FeedSubmissionId, FeedProcessingStatus, ReportRequestId,
 *                  ReportProcessingStatus, GeneratedReportId, ReportId (empty when not read)
 * @param head      the status and headers of the answer
 */
public record MwsReply(Object body, String requestId, String nextToken, Boolean hasNext, Map<String, String> fields,
        MwsResponseHead head) {

    public MwsReply {
        fields = Map.copyOf(fields);
    }

    /**
     * @return the processing status of a feed submission or report request, if the answer carried one
     */
    public String processingStatus() {
        String feed = fields.get("FeedProcessingStatus");
        return feed != null ? feed : fields.get("ReportProcessingStatus");
    }
}
