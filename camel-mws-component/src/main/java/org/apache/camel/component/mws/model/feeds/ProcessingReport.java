package org.apache.camel.component.mws.model.feeds;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * The processing report of an XML feed (GetFeedSubmissionResult): DocumentTransactionID (the FeedSubmissionId),
 * StatusCode ({@code Complete}), the ProcessingSummary counts and one Result per error or warning, each naming the
 * message and, through AdditionalInfo, the SKU it is about.
 * <p>
 * Normally found inside an {@link AmazonEnvelope}; also readable as a document of its own.
 */
@XmlRootElement(name = "ProcessingReport")
public class ProcessingReport {

    /** The ResultCode of an error. */
    public static final String ERROR = "Error";
    /** The ResultCode of a warning. */
    public static final String WARNING = "Warning";

    @XmlElement(name = "DocumentTransactionID")
    private String documentTransactionID;

    @XmlElement(name = "StatusCode")
    private String statusCode;

    @XmlElement(name = "ProcessingSummary")
    private ProcessingSummary processingSummary;

    @XmlElement(name = "Result")
    private List<ProcessingResult> results;

    public String getDocumentTransactionID() {
        return documentTransactionID;
    }

    public void setDocumentTransactionID(String documentTransactionID) {
        this.documentTransactionID = documentTransactionID;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public void setStatusCode(String statusCode) {
        this.statusCode = statusCode;
    }

    public ProcessingSummary getProcessingSummary() {
        return processingSummary;
    }

    public void setProcessingSummary(ProcessingSummary processingSummary) {
        this.processingSummary = processingSummary;
    }

    /**
     * @return every Result, in document order, a live list (never null)
     */
    public List<ProcessingResult> getResults() {
        if (results == null) {
            results = new ArrayList<>();
        }
        return results;
    }

    /**
     * @return the results whose ResultCode is {@code Error}
     */
    public List<ProcessingResult> getErrors() {
        return withCode(ERROR);
    }

    /**
     * @return the results whose ResultCode is {@code Warning}
     */
    public List<ProcessingResult> getWarnings() {
        return withCode(WARNING);
    }

    /**
     * @return MessagesWithError of the summary, or the number of error results when the summary is missing
     */
    public int getErrorCount() {
        if (processingSummary != null && processingSummary.getMessagesWithError() != null) {
            return processingSummary.getMessagesWithError();
        }
        return getErrors().size();
    }

    /**
     * @return whether the feed had at least one message with an error
     */
    public boolean hasErrors() {
        return getErrorCount() > 0;
    }

    private List<ProcessingResult> withCode(String code) {
        List<ProcessingResult> out = new ArrayList<>();
        for (ProcessingResult r : getResults()) {
            if (code.equalsIgnoreCase(r.getResultCode())) {
                out.add(r);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ProcessingReport[DocumentTransactionID=" + documentTransactionID + ", StatusCode=" + statusCode
               + ", " + processingSummary + ", results=" + getResults().size() + "]";
    }
}
