package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * A Message of an AmazonEnvelope; in a processing report it carries the ProcessingReport.
 */
public class EnvelopeMessage {

    @XmlElement(name = "MessageID")
    private Long messageID;

    @XmlElement(name = "ProcessingReport")
    private ProcessingReport processingReport;

    public Long getMessageID() {
        return messageID;
    }

    public void setMessageID(Long messageID) {
        this.messageID = messageID;
    }

    public ProcessingReport getProcessingReport() {
        return processingReport;
    }

    public void setProcessingReport(ProcessingReport processingReport) {
        this.processingReport = processingReport;
    }
}
