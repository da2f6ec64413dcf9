package org.apache.camel.component.mws;

import java.util.stream.Collectors;

import org.apache.camel.component.mws.model.feeds.ProcessingReport;
import org.apache.camel.component.mws.model.feeds.ProcessingResult;

/**
 * With {@code failOnFeedErrors}: MWS processed the feed, but its processing report counts messages with errors. The
 * exception carries the whole report (every Result with its message id, code, description and SKU); the messages
 * without errors were applied.
 */
public class MwsFeedProcessingException extends MwsException {

    private static final long serialVersionUID = 1L;
    /** Errors quoted in the message; the report has them all. */
    private static final int QUOTED = 5;

    private final String feedSubmissionId;
    private final transient ProcessingReport processingReport;

    /**
     * @param operation        the section and action, for the error details
     * @param feedSubmissionId the feed
     * @param processingReport its processing report
     * @param error            the RequestId and Timestamp of the answer that carried the report
     */
    public MwsFeedProcessingException(String operation, String feedSubmissionId, ProcessingReport processingReport,
                                      MwsError error) {
        super(message(operation, feedSubmissionId, processingReport) + error.trace(), error, null);
        this.feedSubmissionId = feedSubmissionId;
        this.processingReport = processingReport;
    }

    private static String message(String operation, String feedSubmissionId, ProcessingReport report) {
        var summary = report.getProcessingSummary();
        String counts = summary == null ? report.getErrorCount() + " messages with errors"
                : summary.getMessagesWithError() + " of " + summary.getMessagesProcessed()
                  + " messages with errors";
        String errors = report.getErrors().stream().limit(QUOTED).map(MwsFeedProcessingException::describe)
                .collect(Collectors.joining("; "));
        int more = report.getErrors().size() - QUOTED;
        return "MWS " + operation + ": feed " + feedSubmissionId + " processed with " + counts
               + (errors.isEmpty() ? "" : ": " + errors) + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String describe(ProcessingResult r) {
        String sku = r.getAdditionalInfo() != null ? r.getAdditionalInfo().getSKU() : null;
        return "message " + r.getMessageID() + (sku != null ? " (SKU " + sku + ")" : "") + " "
               + r.getResultMessageCode() + " " + r.getResultDescription();
    }

    /**
     * @return the FeedSubmissionId of the feed
     */
    public String getFeedSubmissionId() {
        return feedSubmissionId;
    }

    /**
     * @return the processing report, with every error and warning
     */
    public ProcessingReport getProcessingReport() {
        return processingReport;
    }
}
