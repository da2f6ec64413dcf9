package org.apache.camel.component.mws.model.feeds;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.camel.component.mws.model.MwsXmlException;
import org.apache.camel.component.mws.model.MwsXmlParser;
import org.apache.camel.component.mws.model.ParsedResponse;
import org.junit.jupiter.api.Test;

import static org.apache.camel.component.mws.model.Resources.bytes;
import static org.apache.camel.component.mws.model.Resources.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedsParsingTest {

    private final MwsXmlParser parser = new MwsXmlParser();

    private Object result(String action) {
        ParsedResponse response = parser.parse("Feeds", action, bytes("feeds/" + action + "Response.xml"));
        assertTrue(response.requestId() != null && !response.requestId().isBlank(), "RequestId of " + action);
        return response.result();
    }

    @Test
    void submitFeed() {
        SubmitFeedResult result = assertInstanceOf(SubmitFeedResult.class, result("SubmitFeed"));
        FeedSubmissionInfo info = result.getFeedSubmissionInfo();

        assertEquals("2291326430", info.getFeedSubmissionId());
        assertEquals("_POST_PRODUCT_DATA_", info.getFeedType());
        assertEquals(Instant.parse("2009-02-20T22:15:03Z"), info.getSubmittedDate());
        assertEquals("_SUBMITTED_", info.getFeedProcessingStatus());
        assertNull(info.getCompletedProcessingDate());
    }

    @Test
    void feedSubmissionListHnPaging() {
        GetFeedSubmissionListResult first = assertInstanceOf(GetFeedSubmissionListResult.class,
                result("GetFeedSubmissionList"));
        assertEquals(Boolean.TRUE, first.getHasNext());
        assertEquals("2YgYW55IGNhcm5hbCBwbGVhc3VyZS4=", first.getNextToken());
        assertEquals(2, first.records().size());
        FeedSubmissionInfo done = first.records().get(0);
        assertEquals("_DONE_", done.getFeedProcessingStatus());
        assertEquals(Instant.parse("2009-02-20T22:15:10Z"), done.getStartedProcessingDate());
        assertEquals(Instant.parse("2009-02-20T22:17:55.120Z"), done.getCompletedProcessingDate());
        assertEquals("_IN_PROGRESS_", first.records().get(1).getFeedProcessingStatus());

        GetFeedSubmissionListResult last = assertInstanceOf(GetFeedSubmissionListResult.class,
                result("GetFeedSubmissionListByNextToken"));
        assertFalse(last.hasMorePages());
        first.append(last);
        assertEquals(List.of("2291326430", "2291326431", "2291326432"),
                first.records().stream().map(FeedSubmissionInfo::getFeedSubmissionId).toList());
    }

    @Test
    void countAndCancel() {
        assertEquals(463, ((GetFeedSubmissionCountResult) result("GetFeedSubmissionCount")).getCount());
        CancelFeedSubmissionsResult cancelled = assertInstanceOf(CancelFeedSubmissionsResult.class,
                result("CancelFeedSubmissions"));
        assertEquals(1, cancelled.getCount());
        assertEquals("_CANCELLED_", cancelled.getFeedSubmissionInfoList().get(0).getFeedProcessingStatus());
    }

    @Test
    void processingReportWithErrorsPerSku() {
        ProcessingReport report = parser.parseProcessingReport(stream("feeds/ProcessingReport.xml"));

        assertEquals("2291326430", report.getDocumentTransactionID());
        assertEquals("Complete", report.getStatusCode());
        ProcessingSummary summary = report.getProcessingSummary();
        assertEquals(3, summary.getMessagesProcessed());
        assertEquals(1, summary.getMessagesSuccessful());
        assertEquals(2, summary.getMessagesWithError());
        assertEquals(1, summary.getMessagesWithWarning());
        assertTrue(report.hasErrors());
        assertEquals(2, report.getErrorCount());

        assertEquals(3, report.getResults().size());
        List<ProcessingResult> errors = report.getErrors();
        assertEquals(2, errors.size());
        assertEquals(2L, errors.get(0).getMessageID());
        assertEquals("Error", errors.get(0).getResultCode());
        assertEquals(8560, errors.get(0).getResultMessageCode());
        assertEquals("ABC-123", errors.get(0).getAdditionalInfo().getSKU());
        assertTrue(errors.get(0).getResultDescription().startsWith("SKU ABC-123, Missing Attributes"));
        assertEquals("Größe-42", errors.get(1).getAdditionalInfo().getSKU());
        assertEquals("The quantity value <-1> is not valid: Ä quantity must be ≥ 0.",
                errors.get(1).getResultDescription());

        ProcessingResult warning = report.getWarnings().get(0);
        assertEquals(99001, warning.getResultMessageCode());
        assertEquals("XYZ-9", warning.getAdditionalInfo().getSKU());
        assertEquals("A value was provided for \"item_weight\" that is <unusual>.", warning.getResultDescription());
    }

    @Test
    void processingReportAsEnvelopeOrBareDocument() {
        AmazonEnvelope envelope = parser.unmarshal(AmazonEnvelope.class, stream("feeds/ProcessingReport.xml"));
        assertEquals("ProcessingReport", envelope.getMessageType());
        assertEquals("1.02", envelope.getHeader().getDocumentVersion());
        assertEquals("M_EXAMPLE_123456", envelope.getHeader().getMerchantIdentifier());
        assertEquals(1L, envelope.getMessages().get(0).getMessageID());
        assertEquals("2291326430", envelope.getProcessingReport().getDocumentTransactionID());

        String bare = "<ProcessingReport><DocumentTransactionID>42</DocumentTransactionID><StatusCode>Complete"
                      + "</StatusCode><ProcessingSummary><MessagesProcessed>1</MessagesProcessed><MessagesSuccessful>1"
                      + "</MessagesSuccessful><MessagesWithError>0</MessagesWithError><MessagesWithWarning>0"
                      + "</MessagesWithWarning></ProcessingSummary></ProcessingReport>";
        ProcessingReport report = parser.parseProcessingReport(in(bare));
        assertEquals("42", report.getDocumentTransactionID());
        assertFalse(report.hasErrors());
        assertTrue(report.getResults().isEmpty());
    }

    @Test
    void flatFileSummaryIsNotAProcessingReport() {
        String summary = "Feed Processing Summary:\n\tNumber of records processed\t\t2\n\tNumber of records successful\t\t2\n";
        MwsXmlException e = assertThrows(MwsXmlException.class, () -> parser.parseProcessingReport(in(summary)));
        assertTrue(e.getMessage().contains("not XML"), e.getMessage());
        assertTrue(e.getMessage().contains("Feed Processing Summary"), e.getMessage());

        MwsXmlException other = assertThrows(MwsXmlException.class,
                () -> parser.parseProcessingReport(in("<AmazonEnvelope><MessageType>Inventory</MessageType></AmazonEnvelope>")));
        assertTrue(other.getMessage().contains("carries no ProcessingReport"), other.getMessage());
    }

    private static InputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
