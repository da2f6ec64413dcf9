package org.apache.camel.mws.simulator.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLServerSocket;

import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.fault.FaultInjector;
import org.apache.camel.mws.simulator.inspect.RequestLog;
import org.apache.camel.mws.simulator.spi.SimClock;
import org.apache.camel.mws.simulator.throttle.ThrottleGate;

/**
 * The HTTP and HTTPS listeners on the loopback interface. Each connection is served by its own worker thread
 * (blocking I/O: the simplest way to stream multi-GiB bodies at full speed and to reset a connection on purpose);
 * connections are kept alive between requests.
 */
public final class MwsServer implements AutoCloseable {

    private static final int BACKLOG = 512;

    private final ServerOptions options;
    private final MwsRequestHandler handler;
    private final List<HttpListener> listeners = new ArrayList<>();
    private ExecutorService workers;
    private SelfSignedCertificate certificate;
    private int httpPort = -1;
    private int httpsPort = -1;

    public MwsServer(ServerOptions options, MwsCatalog catalog, Accounts accounts, HandlerTable handlers,
            ThrottleGate throttleGate, FaultInjector faults, RequestLog requestLog, ServiceStatusBoard serviceStatus,
            SimClock clock) {
        this.options = options;
        this.handler = new MwsRequestHandler(options, catalog, accounts, handlers, throttleGate, faults, requestLog,
                serviceStatus, clock);
    }

    /** Binds the listeners (loopback only) and starts serving. */
    public synchronized void start() throws IOException {
        if (workers != null) {
            throw new IllegalStateException("Already started");
        }
        AtomicInteger threads = new AtomicInteger();
        workers = new ThreadPoolExecutor(0, options.maxConnections(), 60, TimeUnit.SECONDS, new SynchronousQueue<>(),
                r -> {
                    Thread t = new Thread(r, "mws-simulator-" + threads.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        InetAddress loopback = InetAddress.getLoopbackAddress();
        int idle = (int) Math.min(Integer.MAX_VALUE, options.idleTimeout().toMillis());
        try {
            if (options.httpPort() >= 0) {
                ServerSocket plain = new ServerSocket();
                plain.setReuseAddress(true);
                plain.bind(new InetSocketAddress(loopback, options.httpPort()), BACKLOG);
                HttpListener l = new HttpListener("http", plain, false, workers, handler, idle);
                listeners.add(l);
                httpPort = l.port();
            }
            if (options.httpsPort() >= 0) {
                certificate = SelfSignedCertificate.generate();
                SSLServerSocket tls = (SSLServerSocket) certificate.serverContext().getServerSocketFactory()
                        .createServerSocket();
                tls.setReuseAddress(true);
                tls.setEnabledProtocols(new String[] { "TLSv1.3", "TLSv1.2" });
                tls.bind(new InetSocketAddress(loopback, options.httpsPort()), BACKLOG);
                HttpListener l = new HttpListener("https", tls, true, workers, handler, idle);
                listeners.add(l);
                httpsPort = l.port();
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        listeners.forEach(HttpListener::start);
    }

    /** The bound HTTP port, -1 when HTTP is off. */
    public int httpPort() {
        return httpPort;
    }

    /** The bound HTTPS port, -1 when HTTPS is off. */
    public int httpsPort() {
        return httpsPort;
    }

    /** The certificate HTTPS presents, null when HTTPS is off. */
    public SelfSignedCertificate certificate() {
        return certificate;
    }

    @Override
    public synchronized void close() {
        listeners.forEach(HttpListener::close);
        listeners.clear();
        if (workers != null) {
            workers.shutdownNow();
            workers = null;
        }
    }
}
