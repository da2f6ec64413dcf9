package org.apache.camel.mws.simulator.http;

import java.io.Closeable;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Accepts connections on one server socket (plain or TLS) and hands each to a worker thread. */
final class HttpListener implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpListener.class);

    private final ServerSocket serverSocket;
    private final boolean secure;
    private final ExecutorService workers;
    private final ExchangeHandler handler;
    private final int idleTimeoutMillis;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;

    HttpListener(String name, ServerSocket serverSocket, boolean secure, ExecutorService workers,
            ExchangeHandler handler, int idleTimeoutMillis) {
        this.serverSocket = serverSocket;
        this.secure = secure;
        this.workers = workers;
        this.handler = handler;
        this.idleTimeoutMillis = idleTimeoutMillis;
        this.acceptor = new Thread(this::acceptLoop, "mws-simulator-accept-" + name);
        this.acceptor.setDaemon(true);
    }

    void start() {
        acceptor.start();
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Accepting a connection failed", e);
                    pause(); // e.g. out of file descriptors: do not spin
                }
                continue;
            }
            open.add(socket);
            try {
                workers.execute(new HttpConnection(socket, secure, handler, idleTimeoutMillis,
                        () -> open.remove(socket)));
            } catch (RejectedExecutionException e) {
                LOG.warn("Too many connections: refusing one");
                closeQuietly(socket);
                open.remove(socket);
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        closeQuietly(serverSocket);
        for (Socket s : open) {
            closeQuietly(s);
        }
        try {
            acceptor.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
