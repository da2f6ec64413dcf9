package org.apache.camel.mws.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The request line and headers of one HTTP/1.x request. */
final class HttpRequestHead {

    static final int MAX_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;

    final String method;
    final String target;
    final String version;
    /** Header names case-insensitive; a repeated header keeps its values joined with ", ". */
    final Map<String, String> headers;

    private HttpRequestHead(String method, String target, String version, Map<String, String> headers) {
        this.method = method;
        this.target = target;
        this.version = version;
        this.headers = headers;
    }

    String header(String name) {
        return headers.get(name);
    }

    boolean http11() {
        return "HTTP/1.1".equals(version);
    }

    /** Reads the next request head; null at a clean end of stream before any byte of a new request. */
    static HttpRequestHead read(InputStream in) throws IOException {
        String requestLine = readLine(in, true);
        while (requestLine != null && requestLine.isEmpty()) { // tolerate CRLFs between requests (RFC 9112 2.2)
            requestLine = readLine(in, true);
        }
        if (requestLine == null) {
            return null;
        }
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) {
            throw new MalformedRequestException("Malformed request line");
        }
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int n = 0;; n++) {
            String line = readLine(in, false);
            if (line.isEmpty()) {
                break;
            }
            if (n >= MAX_HEADERS) {
                throw new MalformedRequestException("Too many header fields");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new MalformedRequestException("Malformed header field");
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        return new HttpRequestHead(parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2], headers);
    }

    /** A line up to CRLF (or LF) in ISO-8859-1; null at end of stream when {@code eofAllowed} and nothing read. */
    static String readLine(InputStream in, boolean eofAllowed) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && sb.length() == 0) {
                    return null;
                }
                throw new MalformedRequestException("Connection closed within the request head");
            }
            if (b == '\n') {
                int len = sb.length();
                if (len > 0 && sb.charAt(len - 1) == '\r') {
                    sb.setLength(len - 1);
                }
                return sb.toString();
            }
            if (sb.length() >= MAX_LINE) {
                throw new MalformedRequestException("Request line or header field too long");
            }
            sb.append((char) b);
        }
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A request that is not HTTP/1.x as the server understands it. */
    static final class MalformedRequestException extends IOException {
        private static final long serialVersionUID = 1L;

        MalformedRequestException(String message) {
            super(message);
        }
    }
}
