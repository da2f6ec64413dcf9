package org.apache.camel.mws.simulator.http;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves the requests of one (keep-alive) connection, one after the other. */
final class HttpConnection implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnection.class);
    /** Bytes of an unread request body the server reads away to keep the connection; more closes it. */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    private final Socket socket;
    private final boolean secure;
    private final ExchangeHandler handler;
    private final int idleTimeoutMillis;
    private final Runnable onClose;

    HttpConnection(Socket socket, boolean secure, ExchangeHandler handler, int idleTimeoutMillis, Runnable onClose) {
        this.socket = socket;
        this.secure = secure;
        this.handler = handler;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.onClose = onClose;
    }

    @Override
    public void run() {
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(idleTimeoutMillis);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
            while (!socket.isClosed()) {
                HttpRequestHead head;
                try {
                    head = HttpRequestHead.read(in);
                } catch (HttpRequestHead.MalformedRequestException e) {
                    badRequest(out, e.getMessage());
                    return;
                }
                if (head == null) {
                    return;
                }
                ServerExchange exchange;
                try {
                    exchange = new ServerExchange(head, socket, in, out, secure);
                } catch (HttpRequestHead.MalformedRequestException e) {
                    badRequest(out, e.getMessage());
                    return;
                }
                handler.handle(exchange);
                if (exchange.aborted() || !exchange.responseComplete() || !exchange.keepAlive()
                        || !exchange.drainRequestBody(DRAIN_LIMIT)) {
                    return;
                }
            }
        } catch (SocketTimeoutException | SSLException e) {
            LOG.trace("Connection ended: {}", e.toString());
        } catch (SocketException e) {
            LOG.trace("Connection closed by peer: {}", e.toString());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Connection failed", e);
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to do
            }
            onClose.run();
        }
    }

    private static void badRequest(OutputStream out, String reason) throws IOException {
        byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(HttpRequestHead.ascii("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n"));
        out.write(body);
        out.flush();
    }
}
