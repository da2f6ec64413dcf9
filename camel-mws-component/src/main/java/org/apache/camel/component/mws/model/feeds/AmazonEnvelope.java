package org.apache.camel.component.mws.model.feeds;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * The AmazonEnvelope document that GetFeedSubmissionResult returns for XML feeds: a Header, the MessageType
 * ({@code ProcessingReport}) and Messages, the first of which carries the {@link ProcessingReport}.
 */
@XmlRootElement(name = "AmazonEnvelope")
public class AmazonEnvelope {

    @XmlElement(name = "Header")
    private EnvelopeHeader header;

    @XmlElement(name = "MessageType")
    private String messageType;

    @XmlElement(name = "Message")
    private List<EnvelopeMessage> messages;

    public EnvelopeHeader getHeader() {
        return header;
    }

    public void setHeader(EnvelopeHeader header) {
        this.header = header;
    }

    public String getMessageType() {
        return messageType;
    }

    public void setMessageType(String messageType) {
        this.messageType = messageType;
    }

    /**
     * @return the messages, a live list (never null)
     */
    public List<EnvelopeMessage> getMessages() {
        if (messages == null) {
            messages = new ArrayList<>();
        }
        return messages;
    }

    /**
     * @return the ProcessingReport of the first message that carries one, or null
     */
    public ProcessingReport getProcessingReport() {
        for (EnvelopeMessage m : getMessages()) {
            if (m.getProcessingReport() != null) {
                return m.getProcessingReport();
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "AmazonEnvelope[MessageType=" + messageType + ", messages=" + getMessages().size() + "]";
    }
}
