package org.apache.camel.component.mws.support;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A scripted answer of {@link StubMwsServer}, with builders for the MWS documents tests need.
 *
 * @param status       the HTTP status
 * @param headers      response headers
 * @param body         the body
 * @param fault        a misbehaviour, or {@link Fault#NONE}
 * @param addTimestamp whether to add an x-mws-timestamp header of the current time when none is set
 */
public record StubResponse(int status, Map<String, String> headers, byte[] body, Fault fault, boolean addTimestamp) {

    /** Ways the stub can misbehave. */
    public enum Fault {
        NONE,
        /** Announces the body's length but sends half of it and closes the connection. */
        TRUNCATE,
        /** Closes the connection without answering. */
        DROP_CONNECTION
    }

    public static final String ORDERS_NS = "https://mws.amazonservices.com/Orders/2013-09-01";
    public static final String REPORTS_NS = "http://mws.amazonaws.com/doc/2009-01-01/";

    public static StubResponse of(int status, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return new StubResponse(status, headers, body.getBytes(StandardCharsets.UTF_8), Fault.NONE, true);
    }

    /** A success envelope: {@code <{Action}Response><{Action}Result>inner</...><ResponseMetadata>...}. */
    public static StubResponse success(String action, String namespace, String resultInner, String requestId) {
        String xml = "<?xml version=\"1.0\"?>\n<" + action + "Response xmlns=\"" + namespace + "\">\n  <" + action
                     + "Result>" + resultInner + "</" + action + "Result>\n  <ResponseMetadata><RequestId>" + requestId
                     + "</RequestId></ResponseMetadata>\n</" + action + "Response>\n";
        return of(200, "text/xml", xml).withHeader("x-mws-request-id", requestId);
    }

    /** An ErrorResponse; {@code requestIdElement} is RequestId or RequestID. */
    public static StubResponse error(int status, String type, String code, String message, String requestId,
            String requestIdElement) {
        String xml = "<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"" + REPORTS_NS + "\">\n  <Error><Type>" + type
                     + "</Type><Code>" + code + "</Code><Message>" + message + "</Message><Detail/></Error>\n  <"
                     + requestIdElement + ">" + requestId + "</" + requestIdElement + ">\n</ErrorResponse>\n";
        return of(status, "text/xml", xml).withHeader("x-mws-request-id", requestId);
    }

    public static StubResponse error(int status, String type, String code, String message) {
        return error(status, type, code, message, UUID.randomUUID().toString(), "RequestId");
    }

    /**
     * The default answer: GREEN for GetServiceStatus, an empty Result for any other action, in a namespace derived
     * from the path of the section called.
     */
    public static StubResponse defaultAnswer(StubMwsServer.RecordedRequest request) {
        String requestId = UUID.randomUUID().toString();
        String action = request.parameter("Action");
        String namespace = "https://mws.amazonservices.com" + request.path();
        if ("GetServiceStatus".equals(action)) {
            return success(action, namespace, "<Status>GREEN</Status><Timestamp>2017-02-01T12:00:00Z</Timestamp>",
                    requestId);
        }
        return success(action, namespace, "", requestId);
    }

    public StubResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new StubResponse(status, h, body, fault, addTimestamp);
    }

    public StubResponse withFault(Fault f) {
        return new StubResponse(status, headers, body, f, addTimestamp);
    }

    public StubResponse withoutTimestamp() {
        return new StubResponse(status, headers, body, fault, false);
    }
}
