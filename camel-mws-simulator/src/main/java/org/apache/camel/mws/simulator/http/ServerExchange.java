package org.apache.camel.mws.simulator.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request and its response on a connection. The response is always framed by a fixed Content-Length, written
 * straight to the socket (no buffering of big bodies), so that a client reading a multi-GiB report sees its real
 * size up front and a broken connection is detectable.
 */
final class ServerExchange {

    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(100, "Continue"),
            Map.entry(200, "OK"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(413, "Payload Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(503, "Service Unavailable"));

    private final HttpRequestHead head;
    private final Socket socket;
    private final InputStream connectionIn;
    private final OutputStream connectionOut;
    private final boolean secure;
    private final String path;
    private final String rawQuery;
    private final InputStream framedBody;
    private final long declaredLength;
    private boolean expectContinue;
    private boolean responseStarted;
    private boolean responseComplete;
    private boolean aborted;
    private boolean closeAfterResponse;
    private ResponseBody responseBody;
    private Runnable beforeCompletion;

    ServerExchange(HttpRequestHead head, Socket socket, InputStream in, OutputStream out, boolean secure)
            throws IOException {
        this.head = head;
        this.socket = socket;
        this.connectionIn = in;
        this.connectionOut = out;
        this.secure = secure;
        String target = head.target;
        if (target.startsWith("http://") || target.startsWith("https://")) { // absolute-form (proxies)
            int slash = target.indexOf('/', target.indexOf("//") + 2);
            target = slash < 0 ? "/" : target.substring(slash);
        }
        int q = target.indexOf('?');
        this.path = q < 0 ? target : target.substring(0, q);
        this.rawQuery = q < 0 ? "" : target.substring(q + 1);
        String te = head.header("Transfer-Encoding");
        String cl = head.header("Content-Length");
        if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            this.framedBody = new RequestBodyStreams.Chunked(in);
            this.declaredLength = -1;
        } else if (cl != null) {
            long length;
            try {
                length = Long.parseLong(cl.trim());
            } catch (NumberFormatException e) {
                throw new HttpRequestHead.MalformedRequestException("Malformed Content-Length");
            }
            if (length < 0) {
                throw new HttpRequestHead.MalformedRequestException("Malformed Content-Length");
            }
            this.framedBody = new RequestBodyStreams.FixedLength(in, length);
            this.declaredLength = length;
        } else {
            this.framedBody = new RequestBodyStreams.FixedLength(in, 0);
            this.declaredLength = 0;
        }
        this.expectContinue = "100-continue".equalsIgnoreCase(head.header("Expect")) && declaredLength != 0;
        String connection = head.header("Connection");
        boolean close = connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
        boolean keepAlive10 = connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive");
        this.closeAfterResponse = close || (!head.http11() && !keepAlive10);
    }

    String method() {
        return head.method;
    }

    String path() {
        return path;
    }

    String rawQuery() {
        return rawQuery;
    }

    String header(String name) {
        return head.header(name);
    }

    boolean secure() {
        return secure;
    }

    int localPort() {
        return socket.getLocalPort();
    }

    /** Content-Length of the request body, -1 when chunked, 0 when there is none. */
    long declaredLength() {
        return declaredLength;
    }

    /** The request body; the first read answers {@code Expect: 100-continue}. */
    InputStream body() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                sendContinueIfExpected();
                return framedBody.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                sendContinueIfExpected();
                return framedBody.read(b, off, len);
            }
        };
    }

    private void sendContinueIfExpected() throws IOException {
        if (expectContinue && !responseStarted) {
            expectContinue = false;
            connectionOut.write(HttpRequestHead.ascii("HTTP/1.1 100 Continue\r\n\r\n"));
            connectionOut.flush();
        }
    }

    /**
     * Runs {@code hook} once, just before the last bytes of the response leave (or the connection is reset), so
     * that whatever the server records about the request exists before the client can see the answer complete.
     */
    void beforeCompletion(Runnable hook) {
        this.beforeCompletion = hook;
    }

    private void runBeforeCompletion() {
        Runnable hook = beforeCompletion;
        beforeCompletion = null;
        if (hook != null) {
            hook.run();
        }
    }

    /** Closes the connection once this response is written (for example after refusing an unread big body). */
    void closeAfterResponse() {
        closeAfterResponse = true;
    }

    boolean keepAlive() {
        return !closeAfterResponse && !aborted;
    }

    boolean responseStarted() {
        return responseStarted;
    }

    /**
     * Writes the status line and headers and returns the body stream, which accepts exactly
     * {@code contentLength} bytes.
     */
    OutputStream startResponse(int status, List<String[]> headers, long contentLength) throws IOException {
        if (responseStarted) {
            throw new IllegalStateException("Response already started");
        }
        responseStarted = true;
        if (expectContinue) {
            // the client waits for 100 Continue and will not send the body: the connection cannot be reused
            closeAfterResponse = true;
        }
        StringBuilder sb = new StringBuilder(256);
        sb.append("HTTP/1.1 ").append(status).append(' ').append(REASONS.getOrDefault(status, "Status"))
                .append("\r\n");
        for (String[] h : headers) {
            sb.append(h[0]).append(": ").append(h[1]).append("\r\n");
        }
        sb.append("Content-Length: ").append(contentLength).append("\r\n");
        if (closeAfterResponse) {
            sb.append("Connection: close\r\n");
        }
        sb.append("\r\n");
        connectionOut.write(HttpRequestHead.ascii(sb.toString()));
        responseBody = new ResponseBody(connectionOut, contentLength);
        return responseBody;
    }

    /** Flushes a response whose body was fully written; a short body breaks the framing and closes the connection. */
    void finishResponse() throws IOException {
        if (responseBody.remaining != 0) {
            closeAfterResponse = true;
            throw new BodyLengthMismatchException("Response body shorter than its Content-Length by "
                    + responseBody.remaining + " bytes");
        }
        runBeforeCompletion();
        connectionOut.flush();
        responseComplete = true;
    }

    boolean responseComplete() {
        return responseComplete;
    }

    /** Resets the connection now (what a client sees as a connection reset in the middle of a body). */
    void abort() {
        aborted = true;
        runBeforeCompletion();
        try {
            connectionOut.flush();
        } catch (IOException ignored) {
            // the reset follows anyway
        }
        try {
            socket.setSoLinger(true, 0); // close with RST instead of FIN
        } catch (IOException ignored) {
            // close below still ends the connection
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    boolean aborted() {
        return aborted;
    }

    /**
     * Reads what the handler left of the request body so the next request can be read from the connection;
     * false when more than {@code limit} bytes remain (then the connection is closed instead).
     */
    boolean drainRequestBody(long limit) throws IOException {
        if (expectContinue) {
            return false; // the client never sent the body
        }
        if (framedBody instanceof RequestBodyStreams.FixedLength f) {
            if (f.remaining() > limit) {
                return false;
            }
        }
        byte[] buf = new byte[8192];
        long drained = 0;
        for (int n; (n = framedBody.read(buf, 0, buf.length)) >= 0;) {
            drained += n;
            if (drained > limit) {
                return false;
            }
        }
        return true;
    }

    /** A body writer wrote more or fewer bytes than it declared: a bug of the operation's handler. */
    static final class BodyLengthMismatchException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyLengthMismatchException(String message) {
            super(message);
        }
    }

    /** Counts the body bytes against the declared Content-Length. */
    private static final class ResponseBody extends OutputStream {
        private final OutputStream out;
        private long remaining;

        ResponseBody(OutputStream out, long length) {
            this.out = out;
            this.remaining = length;
        }

        @Override
        public void write(int b) throws IOException {
            if (remaining <= 0) {
                throw new BodyLengthMismatchException("Response body longer than its Content-Length");
            }
            out.write(b);
            remaining--;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > remaining) {
                throw new BodyLengthMismatchException("Response body longer than its Content-Length");
            }
            out.write(b, off, len);
            remaining -= len;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
            // the connection outlives the response
        }
    }
}
