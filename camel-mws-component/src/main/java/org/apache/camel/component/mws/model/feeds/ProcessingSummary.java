package org.apache.camel.component.mws.model.feeds;

import jakarta.xml.bind.annotation.XmlElement;

/**
 * The counts of a ProcessingReport.
 */
public class ProcessingSummary {

    @XmlElement(name = "MessagesProcessed")
    private Integer messagesProcessed;

    @XmlElement(name = "MessagesSuccessful")
    private Integer messagesSuccessful;

    @XmlElement(name = "MessagesWithError")
    private Integer messagesWithError;

    @XmlElement(name = "MessagesWithWarning")
    private Integer messagesWithWarning;

    public Integer getMessagesProcessed() {
        return messagesProcessed;
    }

    public void setMessagesProcessed(Integer messagesProcessed) {
        this.messagesProcessed = messagesProcessed;
    }

    public Integer getMessagesSuccessful() {
        return messagesSuccessful;
    }

    public void setMessagesSuccessful(Integer messagesSuccessful) {
        this.messagesSuccessful = messagesSuccessful;
    }

    public Integer getMessagesWithError() {
        return messagesWithError;
    }

    public void setMessagesWithError(Integer messagesWithError) {
        this.messagesWithError = messagesWithError;
    }

    public Integer getMessagesWithWarning() {
        return messagesWithWarning;
    }

    public void setMessagesWithWarning(Integer messagesWithWarning) {
        this.messagesWithWarning = messagesWithWarning;
    }

    @Override
    public String toString() {
        return "ProcessingSummary["
               + "MessagesProcessed=" + messagesProcessed
               + ", MessagesSuccessful=" + messagesSuccessful
               + ", MessagesWithError=" + messagesWithError
               + ", MessagesWithWarning=" + messagesWithWarning + "]";
    }
}
