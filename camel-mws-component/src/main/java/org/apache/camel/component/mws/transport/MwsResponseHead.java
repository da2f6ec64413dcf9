package org.apache.camel.component.mws.transport;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Instant;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status and headers of an MWS answer, plus the Timestamp the request was signed with.
 */
public final class MwsResponseHead {

    private final int status;
    private final String reason;
    private final Map<String, String> headers;
    private final String requestTimestamp;
    private final Instant receivedAt;

    /**
     * @param status           the HTTP status
     * @param reason           the reason phrase, may be null
     * @param headers          the headers (names in any case; the first value of each counts)
     * @param requestTimestamp the Timestamp the request was signed with
     * @param receivedAt       when the local clock received the answer
     */
    public MwsResponseHead(int status, String reason, Map<String, String> headers, String requestTimestamp,
                           Instant receivedAt) {
        this.status = status;
        this.reason = reason;
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach(h::putIfAbsent);
        this.headers = Collections.unmodifiableMap(h);
        this.requestTimestamp = requestTimestamp;
        this.receivedAt = receivedAt;
    }

    public int status() {
        return status;
    }

    /**
     * @return the reason phrase, or empty
     */
    public String reason() {
        return reason == null ? "" : reason;
    }

    /**
     * @return true for a 2xx status
     */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /**
     * @return the headers, looked up case-insensitively
     */
    public Map<String, String> headers() {
        return headers;
    }

    /**
     * @param  name a header name, any case
     * @return      its first value, or null
     */
    public String header(String name) {
        return headers.get(name);
    }

    /**
     * @return {@code x-mws-request-id}, or null
     */
    public String requestId() {
        return header("x-mws-request-id");
    }

    /**
     * @return {@code x-mws-timestamp} (the server's time of the request), or null
     */
    public String mwsTimestamp() {
        return header("x-mws-timestamp");
    }

    /**
     * @return the Timestamp this request was signed with
     */
    public String requestTimestamp() {
        return requestTimestamp;
    }

    /**
     * @return the server's timestamp when sent, else the request's own Timestamp
     */
    public String timestamp() {
        String t = mwsTimestamp();
        return t != null ? t : requestTimestamp;
    }

    /**
     * @return when the local clock received the answer
     */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * @return the Content-Type, or null
     */
    public String contentType() {
        return header("Content-Type");
    }

    /**
     * @param  fallback the charset to use when the Content-Type names none (or an unknown one)
     * @return          the charset of the body
     */
    public Charset charset(Charset fallback) {
        String ct = contentType();
        if (ct != null) {
            for (String part : ct.split(";")) {
                String p = part.trim();
                if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    String name = p.substring(8).trim().replace("\"", "");
                    try {
                        return Charset.forName(name);
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        return fallback;
                    }
                }
            }
        }
        return fallback;
    }

    /**
     * @return the Content-Length, or -1 when not sent
     */
    public long contentLength() {
        String v = header("Content-Length");
        try {
            return v == null ? -1 : Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * @return the {@code Content-MD5} header (Base64 MD5 of the body), or null
     */
    public String contentMd5() {
        return header("Content-MD5");
    }

    /**
     * @return {@code x-mws-quota-max} (the hourly quota), or null
     */
    public Double quotaMax() {
        return number(header("x-mws-quota-max"));
    }

    /**
     * @return {@code x-mws-quota-remaining}, or null
     */
    public Double quotaRemaining() {
        return number(header("x-mws-quota-remaining"));
    }

    /**
     * @return {@code x-mws-quota-resetsOn} (ISO 8601 or RFC 1123), or null
     */
    public Instant quotaResetsOn() {
        return HttpDates.parse(header("x-mws-quota-resetsOn"));
    }

    private static Double number(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "HTTP " + status + (reason == null || reason.isEmpty() ? "" : " " + reason);
    }
}
