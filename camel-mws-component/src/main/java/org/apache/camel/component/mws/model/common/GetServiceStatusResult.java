package org.apache.camel.component.mws.model.common;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;

/**
 * The result of GetServiceStatus, which every section offers: {@code Status} (GREEN, GREEN_I, YELLOW, RED), the
 * {@code Timestamp} of the status, and for anything but GREEN a {@code MessageId} and localized {@code Messages}.
 */
public class GetServiceStatusResult {

    @XmlElement(name = "Status")
    private String status;

    @XmlElement(name = "Timestamp")
    private Instant timestamp;

    @XmlElement(name = "MessageId")
    private String messageId;

    @XmlElementWrapper(name = "Messages")
    @XmlElement(name = "Message")
    private List<Message> messages;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Instant timestamp) {
        this.timestamp = timestamp;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public List<Message> getMessages() {
        if (messages == null) {
            messages = new ArrayList<>();
        }
        return messages;
    }

    /**
     * @return true for GREEN and GREEN_I (the service is operating normally)
     */
    public boolean isOperational() {
        return status != null && status.startsWith("GREEN");
    }

    @Override
    public String toString() {
        return "GetServiceStatusResult[status=" + status + ", timestamp=" + timestamp
               + (messageId != null ? ", messageId=" + messageId : "") + ", messages=" + getMessages().size() + "]";
    }

    /**
     * A localized status message.
     */
    public static class Message {

        @XmlElement(name = "Locale")
        private String locale;

        @XmlElement(name = "Text")
        private String text;

        public String getLocale() {
            return locale;
        }

        public void setLocale(String locale) {
            this.locale = locale;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        @Override
        public String toString() {
            return locale + ": " + text;
        }
    }
}
