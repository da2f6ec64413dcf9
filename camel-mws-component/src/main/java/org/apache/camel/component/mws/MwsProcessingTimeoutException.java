package org.apache.camel.component.mws;

/**
 * MWS did not finish a report request or feed submission within {@code awaitTimeout}. The request or submission
 * goes on at MWS: its id (also in the exchange's headers) finds it later, e.g. with GetReportRequestList or
 * GetFeedSubmissionList; a feed must not be submitted again because of this.
 */
public class MwsProcessingTimeoutException extends MwsException {

    private static final long serialVersionUID = 1L;

    private final String processingId;
    private final String lastStatus;

    /**
     * @param message      the full message
     * @param error        the RequestId and Timestamp of the last status answer
     * @param processingId the ReportRequestId or FeedSubmissionId
     * @param lastStatus   the processing status last seen
     */
    public MwsProcessingTimeoutException(String message, MwsError error, String processingId, String lastStatus) {
        super(message, error, null);
        this.processingId = processingId;
        this.lastStatus = lastStatus;
    }

    /**
     * @return the ReportRequestId or FeedSubmissionId that was still being processed
     */
    public String getProcessingId() {
        return processingId;
    }

    /**
     * @return the processing status last seen, e.g. {@code _IN_PROGRESS_}
     */
    public String getLastStatus() {
        return lastStatus;
    }
}
