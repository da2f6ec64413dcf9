package org.apache.camel.mws.simulator.http;

import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.throttle.QuotaStatus;

/**
 * An MWS error raised by the protocol layer. {@code beforeSection} marks errors MWS raised in front of the
 * section (authentication, unknown path), whose ErrorResponse spells the request id {@code RequestID}.
 */
final class MwsError extends SimException {

    private static final long serialVersionUID = 1L;

    private final boolean beforeSection;
    private final transient QuotaStatus quota;
    private final boolean throttling;

    private MwsError(int status, String type, String code, String message, boolean beforeSection,
            QuotaStatus quota) {
        super(status, type, code, message);
        this.beforeSection = beforeSection;
        this.quota = quota;
        this.throttling = "RequestThrottled".equals(code) || "QuotaExceeded".equals(code);
    }

    static MwsError beforeSection(int status, String code, String message) {
        return new MwsError(status, status >= 500 ? "Receiver" : "Sender", code, message, true, null);
    }

    static MwsError inSection(int status, String code, String message) {
        return new MwsError(status, status >= 500 && !code.equals("RequestThrottled")
                && !code.equals("QuotaExceeded") ? "Receiver" : "Sender", code, message, false, null);
    }

    static MwsError throttled(String code, String message, QuotaStatus quota) {
        return new MwsError(503, "Sender", code, message, false, quota);
    }

    static MwsError missing(String name) {
        return beforeSection(400, "MissingParameter", "The request must contain the parameter " + name + ".");
    }

    boolean isBeforeSection() {
        return beforeSection;
    }

    QuotaStatus quota() {
        return quota;
    }

    boolean throttling() {
        return throttling;
    }
}
