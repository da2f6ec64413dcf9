package org.apache.camel.component.mws.model;

import java.util.ArrayList;
import java.util.List;

import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlMixed;
import jakarta.xml.bind.annotation.XmlRootElement;

import org.w3c.dom.Element;

/**
 * An MWS {@code ErrorResponse}: one (in practice) {@code Error} with Type (Sender or Receiver), Code, Message and
 * Detail, and the RequestId, which errors raised before the API section (authentication, unknown path) spell
 * {@code RequestID}.
 */
@XmlRootElement(name = "ErrorResponse")
public final class ErrorResponse {

    @XmlElement(name = "Error")
    private List<ServiceError> errors;

    @XmlElement(name = "RequestId")
    private String requestId;

    @XmlElement(name = "RequestID")
    private String requestIdUpperCase;

    public ErrorResponse() {
    }

    public ErrorResponse(String type, String code, String message, String requestId) {
        getErrors().add(new ServiceError(type, code, message));
        this.requestId = requestId;
    }

    /**
     * @return every Error of the response, a live list (never null)
     */
    public List<ServiceError> getErrors() {
        if (errors == null) {
            errors = new ArrayList<>();
        }
        return errors;
    }

    /**
     * @return the Type of the first error ({@code Sender} or {@code Receiver}), or null
     */
    public String getType() {
        return errors == null || errors.isEmpty() ? null : errors.get(0).getType();
    }

    /**
     * @return the Code of the first error (e.g. {@code RequestThrottled}), or null
     */
    public String getCode() {
        return errors == null || errors.isEmpty() ? null : errors.get(0).getCode();
    }

    /**
     * @return the Message of the first error, or null
     */
    public String getMessage() {
        return errors == null || errors.isEmpty() ? null : errors.get(0).getMessage();
    }

    /**
     * @return the text of the Detail of the first error, or null when empty
     */
    public String getDetail() {
        return errors == null || errors.isEmpty() ? null : errors.get(0).getDetail();
    }

    /**
     * @return the request id, whether the server spelled it {@code RequestId} or {@code RequestID}
     */
    public String getRequestId() {
        String id = requestId != null ? requestId : requestIdUpperCase;
        return id == null ? null : id.strip();
    }

    @Override
    public String toString() {
        return "ErrorResponse[Type=" + getType() + ", Code=" + getCode() + ", Message=" + getMessage() + ", RequestId="
               + getRequestId() + "]";
    }

    /**
     * One {@code Error} of an ErrorResponse.
     */
    public static final class ServiceError {

        @XmlElement(name = "Type")
        private String type;

        @XmlElement(name = "Code")
        private String code;

        @XmlElement(name = "Message")
        private String message;

        @XmlElement(name = "Detail")
        private Detail detail;

        public ServiceError() {
        }

        public ServiceError(String type, String code, String message) {
            this.type = type;
            this.code = code;
            this.message = message;
        }

        public String getType() {
            return type == null ? null : type.strip();
        }

        public String getCode() {
            return code == null ? null : code.strip();
        }

        public String getMessage() {
            return message == null ? null : message.strip();
        }

        /**
         * @return the text content of Detail, or null when absent or empty
         */
        public String getDetail() {
            return detail == null ? null : detail.text();
        }

        @Override
        public String toString() {
            return "Error[Type=" + getType() + ", Code=" + getCode() + ", Message=" + getMessage() + "]";
        }
    }

    /**
     * The free-form Detail of an error: kept as mixed content, exposed as text.
     */
    static final class Detail {

        @XmlMixed
        @XmlAnyElement
        private List<Object> content;

        String text() {
            if (content == null) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (Object o : content) {
                if (o instanceof String s) {
                    sb.append(s);
                } else if (o instanceof Element e) {
                    sb.append(e.getTextContent());
                }
            }
            String text = sb.toString().strip();
            return text.isEmpty() ? null : text;
        }
    }
}
