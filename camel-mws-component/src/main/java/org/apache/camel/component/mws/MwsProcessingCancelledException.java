package org.apache.camel.component.mws;

/**
 * A report request or feed submission the component was waiting for (awaitReport, awaitResult) ended
 * {@code _CANCELLED_}: there is no report or processing result to hand over.
 */
public class MwsProcessingCancelledException extends MwsException {

    private static final long serialVersionUID = 1L;

    private final String processingId;

    /**
     * @param message      the full message
     * @param error        the RequestId and Timestamp of the answer that said so
     * @param processingId the ReportRequestId or FeedSubmissionId
     */
    public MwsProcessingCancelledException(String message, MwsError error, String processingId) {
        super(message, error, null);
        this.processingId = processingId;
    }

    /**
     * @return the ReportRequestId or FeedSubmissionId that was cancelled
     */
    public String getProcessingId() {
        return processingId;
    }
}
