package org.apache.camel.mws.simulator.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.spi.SimException;
import org.apache.camel.mws.simulator.spi.SimResponse;
import org.apache.camel.mws.simulator.throttle.QuotaStatus;

/** Writes MWS answers: the envelope or ErrorResponse, the x-mws-* headers, and the effect of body faults. */
final class ResponseWriter {

    static final String XML_CONTENT_TYPE = "text/xml";
    /** The namespace of answers that no section claims (an unknown path). */
    static final String DEFAULT_NAMESPACE = "http://mws.amazonaws.com/doc/2009-01-01/";

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    static final DateTimeFormatter ISO_MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final java.util.function.Supplier<Duration> slowDelay;

    ResponseWriter(java.util.function.Supplier<Duration> slowDelay) {
        this.slowDelay = slowDelay;
    }

    /** The headers every MWS answer carries. */
    List<String[]> baseHeaders(String requestId, Instant now) {
        List<String[]> h = new ArrayList<>(10);
        h.add(new String[] { "Date", HTTP_DATE.format(now) });
        h.add(new String[] { "x-mws-request-id", requestId });
        h.add(new String[] { "x-mws-timestamp", ISO_MILLIS.format(now) });
        h.add(new String[] { "x-mws-response-context", responseContext() });
        return h;
    }

    static void addQuotaHeaders(List<String[]> headers, QuotaStatus quota) {
        headers.add(new String[] { "x-mws-quota-max", decimal(quota.max()) });
        headers.add(new String[] { "x-mws-quota-remaining", decimal(quota.remaining()) });
        headers.add(new String[] { "x-mws-quota-resetsOn", ISO_MILLIS.format(quota.resetsOn()) });
    }

    private static String decimal(double v) {
        return v == Math.rint(v) ? (long) v + ".0" : Double.toString(v);
    }

    /** An opaque token like the one MWS sent, for support requests. */
    private static String responseContext() {
        byte[] b = new byte[48];
        ThreadLocalRandom.current().nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    static String envelope(String namespace, String action, String resultInnerXml, String requestId) {
        StringBuilder sb = new StringBuilder(resultInnerXml.length() + 300);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<").append(action).append("Response xmlns=\"")
                .append(namespace).append("\"><").append(action).append("Result>").append(resultInnerXml)
                .append("</").append(action).append("Result><ResponseMetadata><RequestId>").append(requestId)
                .append("</RequestId></ResponseMetadata></").append(action).append("Response>\n");
        return sb.toString();
    }

    static String errorXml(String namespace, SimException e, String requestId, boolean beforeSection) {
        String idElement = beforeSection ? "RequestID" : "RequestId";
        return "<?xml version=\"1.0\"?>\n<ErrorResponse xmlns=\"" + namespace + "\">\n  <Error>\n    <Type>"
                + e.type() + "</Type>\n    <Code>" + escape(e.code()) + "</Code>\n    <Message>"
                + escape(e.getMessage()) + "</Message>\n    <Detail/>\n  </Error>\n  <" + idElement + ">" + requestId
                + "</" + idElement + ">\n</ErrorResponse>\n";
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> null;
            };
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    void writeXml(ServerExchange ex, int status, List<String[]> headers, String xml, Fault fault)
            throws IOException {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        headers.add(new String[] { "Content-Type", XML_CONTENT_TYPE });
        // an XML answer has no Content-MD5 to disagree with: that fault applies to raw bodies only
        write(ex, status, headers, body.length, out -> out.write(body),
                fault == Fault.CORRUPT_CONTENT_MD5 ? Fault.NONE : fault);
    }

    void writeRaw(ServerExchange ex, List<String[]> headers, SimResponse.RawBody raw, Fault fault)
            throws IOException {
        if (raw.contentLength() < 0 || raw.contentType() == null || raw.body() == null) {
            throw new IllegalStateException("A raw body needs a content type, a writer and its exact length");
        }
        headers.add(new String[] { "Content-Type", raw.contentType() });
        if (raw.contentMd5() != null) {
            headers.add(new String[] { "Content-MD5", raw.contentMd5() });
        }
        write(ex, 200, headers, raw.contentLength(), raw.body(), fault);
    }

    private void write(ServerExchange ex, int status, List<String[]> headers, long length,
            SimResponse.BodyWriter writer, Fault fault) throws IOException {
        if (fault == Fault.SLOW_RESPONSE) {
            sleep(slowDelay.get());
        }
        OutputStream body = ex.startResponse(status, headers, length);
        switch (fault) {
        case CONNECTION_RESET -> {
            try {
                writer.writeTo(FaultyBodyStreams.cutAfter(body, length / 2));
            } catch (FaultyBodyStreams.BodyCut expected) {
                // the planned part is on the wire
            }
            ex.abort();
            return;
        }
        case SLOW_BODY -> writer.writeTo(FaultyBodyStreams.pauseAt(body, length / 2, slowDelay.get()));
        case CORRUPT_CONTENT_MD5 -> writer.writeTo(FaultyBodyStreams.corruptAt(body, length / 2));
        default -> writer.writeTo(body);
        }
        ex.finishResponse();
    }

    private static void sleep(Duration d) throws IOException {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while delaying a slow response", e);
        }
    }
}
