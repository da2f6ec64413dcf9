package org.apache.camel.mws.simulator;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A bare HTTP/1.1 client on a socket: sends exactly the bytes a test writes, reads what the server really sent. */
public final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    public RawHttp(int port) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** A response as read from the wire; {@code body} holds what arrived, possibly less than Content-Length. */
    public record Response(int status, Map<String, String> headers, byte[] body, boolean complete) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public long contentLength() {
            return Long.parseLong(headers.get("content-length"));
        }
    }

    /** Sends a POST form with the given headers (no User-Agent unless given). */
    public Response post(String path, String host, String form, String... headers) throws IOException {
        StringBuilder sb = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n");
        for (String h : headers) {
            sb.append(h).append("\r\n");
        }
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        sb.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        return read();
    }

    public Response read() throws IOException {
        String status = line();
        Map<String, String> headers = new TreeMap<>();
        for (String l; !(l = line()).isEmpty();) {
            int c = l.indexOf(':');
            headers.put(l.substring(0, c).trim().toLowerCase(Locale.ROOT), l.substring(c + 1).trim());
        }
        long length = Long.parseLong(headers.getOrDefault("content-length", "0"));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean complete = true;
        try {
            for (long i = 0; i < length; i++) {
                int b = in.read();
                if (b < 0) {
                    complete = false;
                    break;
                }
                body.write(b);
            }
        } catch (IOException e) { // connection reset
            complete = false;
        }
        return new Response(Integer.parseInt(status.split(" ")[1]), headers, body.toByteArray(), complete);
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b; (b = in.read()) != '\n';) {
            if (b < 0) {
                throw new IOException("connection closed");
            }
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
