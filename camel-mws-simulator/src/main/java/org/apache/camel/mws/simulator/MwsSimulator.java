package org.apache.camel.mws.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

import javax.net.ssl.SSLContext;

import org.apache.camel.mws.simulator.account.Accounts;
import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.fault.FaultInjector;
import org.apache.camel.mws.simulator.fault.SkewedClock;
import org.apache.camel.mws.simulator.http.HandlerTable;
import org.apache.camel.mws.simulator.http.MwsServer;
import org.apache.camel.mws.simulator.http.SelfSignedCertificate;
import org.apache.camel.mws.simulator.http.ServerOptions;
import org.apache.camel.mws.simulator.http.ServiceStatusBoard;
import org.apache.camel.mws.simulator.inspect.RequestLog;
import org.apache.camel.mws.simulator.market.MarketSettings;
import org.apache.camel.mws.simulator.market.MarketSimulation;
import org.apache.camel.mws.simulator.spi.ActionHandler;
import org.apache.camel.mws.simulator.spi.HandlerRegistry;
import org.apache.camel.mws.simulator.spi.SellerAccount;
import org.apache.camel.mws.simulator.throttle.ThrottleGate;

/**
 * MWS in a box: an HTTP and HTTPS server on the loopback interface that speaks the MWS protocol (Signature V2,
 * throttling, paging, errors) over a deterministic simulated marketplace.
 *
 * <pre>
 * try (MwsSimulator sim = MwsSimulator.builder().seed(7).sellers(2).timeScale(600).build().start()) {
 *     String endpoint = sim.httpsBaseUrl();
 *     DeveloperAccount dev = sim.developer();   // the first seller's own keys
 *     ...
 * }
 * </pre>
 */
public final class MwsSimulator implements AutoCloseable {

    private final Options<?> options;
    private final SkewedClock clock;
    private final Accounts accounts;
    private final MarketSettings marketSettings;
    private final HandlerTable handlers;
    private final FaultInjector faults;
    private final RequestLog requestLog;
    private final ServiceStatusBoard serviceStatus;
    private final ThrottleGate throttleGate;
    private MarketSimulation market;
    private MwsServer server;

    private MwsSimulator(Options<?> options) {
        this.options = options;
        this.marketSettings = options.marketSettings();
        this.clock = new SkewedClock(options.timeScale);
        this.accounts = Accounts.generate(marketSettings.seed(), options.sellers, options.credentials);
        this.handlers = new HandlerTable(MwsCatalog.standard());
        this.faults = new FaultInjector(marketSettings.seed(), clock);
        this.requestLog = new RequestLog(options.requestLogCapacity);
        this.serviceStatus = new ServiceStatusBoard();
        this.throttleGate = new ThrottleGate(clock);
    }

    /** A builder with defaults for tests: both ports ephemeral, seed 42, one seller, real time. */
    public static Builder builder() {
        return new Builder();
    }

    /** Generates the marketplace, registers the operations and binds the ports. */
    public synchronized MwsSimulator start() {
        if (server != null) {
            return this;
        }
        if (options.marketplace && market == null) {
            market = new MarketSimulation(marketSettings, clock, accounts.sellers());
            market.registerHandlers(handlers);
        }
        options.extraHandlers.forEach(h -> handlers.register(h.section, h.action, h.handler));
        ServerOptions serverOptions = new ServerOptions(options.httpPort, options.httpsPort, options.refusePlainHttp,
                options.strictUserAgent, options.serverThrottling, marketSettings.maxFeedBytes(),
                options.spoolDirectory, options.maxConnections, options.idleTimeout);
        MwsServer s = new MwsServer(serverOptions, MwsCatalog.standard(), accounts, handlers, throttleGate, faults,
                requestLog, serviceStatus, clock);
        try {
            s.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the MWS simulator: " + e.getMessage(), e);
        }
        server = s;
        return this;
    }

    /** Stops serving; {@link #start()} serves again, with the same marketplace. */
    public synchronized void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Stops serving and releases the marketplace. */
    @Override
    public synchronized void close() {
        stop();
        if (market != null) {
            market.close();
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The HTTP port, -1 when HTTP is off. */
    public int httpPort() {
        return running().httpPort();
    }

    /** The HTTPS port, -1 when HTTPS is off. */
    public int httpsPort() {
        return running().httpsPort();
    }

    /** {@code http://127.0.0.1:port}, or null when HTTP is off. */
    public String httpBaseUrl() {
        int p = httpPort();
        return p < 0 ? null : "http://127.0.0.1:" + p;
    }

    /** {@code https://127.0.0.1:port}, or null when HTTPS is off. */
    public String httpsBaseUrl() {
        int p = httpsPort();
        return p < 0 ? null : "https://127.0.0.1:" + p;
    }

    /** An SSL context that trusts the simulator's self-signed certificate (null when HTTPS is off). */
    public SSLContext clientSslContext() {
        SelfSignedCertificate c = running().certificate();
        return c == null ? null : c.clientContext();
    }

    /** Developers, sellers and MWSAuthTokens. */
    public Accounts accounts() {
        return accounts;
    }

    /** The first seller. */
    public SellerAccount seller() {
        return accounts.firstSeller();
    }

    /** The first seller's id. */
    public String sellerId() {
        return accounts.firstSeller().sellerId();
    }

    /** The first seller's own developer account (no MWSAuthToken needed for it). */
    public DeveloperAccount developer() {
        return accounts.developerOf(sellerId());
    }

    /** The server clock; {@link SkewedClock#skew(Duration)} moves it. */
    public SkewedClock clock() {
        return clock;
    }

    /** Fault injection per operation. */
    public FaultInjector faults() {
        return faults;
    }

    /** The log of answered requests and counters per outcome. */
    public RequestLog requests() {
        return requestLog;
    }

    /** What GetServiceStatus answers per section. */
    public ServiceStatusBoard serviceStatus() {
        return serviceStatus;
    }

    /** Server-side throttling (for {@link ThrottleGate#reset()} between tests). */
    public ThrottleGate throttling() {
        return throttleGate;
    }

    /** The simulated marketplace and its data inspection; null when built without the marketplace. */
    public MarketSimulation market() {
        return market;
    }

    /** The settings the marketplace runs with. */
    public MarketSettings marketSettings() {
        return marketSettings;
    }

    /** Where handlers are registered: tests may add or replace operations while the simulator runs. */
    public HandlerRegistry handlers() {
        return handlers;
    }

    /** Forgets the request log, faults, clock skew, throttling state and scripted service statuses. */
    public void reset() {
        requestLog.reset();
        faults.clear();
        throttleGate.reset();
        serviceStatus.reset();
    }

    private synchronized MwsServer running() {
        if (server == null) {
            throw new IllegalStateException("The MWS simulator is not running: call start()");
        }
        return server;
    }

    @Override
    public String toString() {
        MwsServer s = server;
        return "MwsSimulator[" + (s == null ? "stopped" : "http=" + s.httpPort() + ", https=" + s.httpsPort())
                + ", sellers=" + accounts.sellers().size() + ", timeScale=" + clock.timeScale() + "]";
    }

    /** Builds an {@link MwsSimulator}. */
    public static final class Builder extends Options<Builder> {

        Builder() {
        }

        /** The simulator, not started yet. */
        public MwsSimulator build() {
            return createSimulator();
        }

        /** Builds and starts. */
        public MwsSimulator start() {
            return build().start();
        }
    }

    /**
     * The settings of a simulator, shared by {@link Builder} and the JUnit extension's builder.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Options<B extends Options<B>> {
        private int httpPort = 0;
        private int httpsPort = 0;
        private Long seed;
        private int sellers = 1;
        private Integer ordersPerSeller;
        private double timeScale = 1.0;
        private boolean refusePlainHttp;
        private boolean strictUserAgent;
        private boolean serverThrottling = true;
        private boolean marketplace = true;
        private Accounts.FixedCredentials credentials;
        private MarketSettings marketSettings;
        private UnaryOperator<MarketSettings> marketCustomizer = UnaryOperator.identity();
        private int requestLogCapacity = 10_000;
        private int maxConnections = 512;
        private Duration idleTimeout = Duration.ofSeconds(60);
        private Path spoolDirectory;
        private final List<ExtraHandler> extraHandlers = new ArrayList<>();

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        /** HTTP port: 0 ephemeral (default), -1 off. */
        public B httpPort(int port) {
            this.httpPort = port;
            return self();
        }

        /** HTTPS port: 0 ephemeral (default), -1 off. */
        public B httpsPort(int port) {
            this.httpsPort = port;
            return self();
        }

        /** The seed of accounts, data and fault draws (default: that of the market settings, 42). */
        public B seed(long value) {
            this.seed = value;
            return self();
        }

        /** Number of sellers (default 1). */
        public B sellers(int count) {
            if (count < 1) {
                throw new IllegalArgumentException("sellers must be at least 1");
            }
            this.sellers = count;
            return self();
        }

        /** Orders generated per seller (default: the market settings' value). */
        public B ordersPerSeller(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("ordersPerSeller must not be negative");
            }
            this.ordersPerSeller = count;
            return self();
        }

        /** How many times faster than MWS time runs (600: a one-minute restore takes 100 ms). Default 1. */
        public B timeScale(double scale) {
            if (!(scale > 0) || Double.isInfinite(scale)) {
                throw new IllegalArgumentException("timeScale must be a positive number");
            }
            this.timeScale = scale;
            return self();
        }

        /** Answer plain HTTP with 401 AccessDenied, as production MWS did. */
        public B refusePlainHttp(boolean refuse) {
            this.refusePlainHttp = refuse;
            return self();
        }

        /** Require a User-Agent of the MWS form on every request (default: tolerant, see the protocol docs). */
        public B strictUserAgent(boolean strict) {
            this.strictUserAgent = strict;
            return self();
        }

        /** Enforce throttling (default true; false for benchmarks of raw server speed). */
        public B serverThrottling(boolean enabled) {
            this.serverThrottling = enabled;
            return self();
        }

        /** Fixes the first seller's id and its own developer's keys (null parts are generated). */
        public B credentials(String accessKeyId, String secretKey, String sellerId) {
            this.credentials = new Accounts.FixedCredentials(accessKeyId, secretKey, sellerId);
            return self();
        }

        /** The marketplace's settings; {@link #seed} and {@link #ordersPerSeller} still apply on top. */
        public B marketSettings(MarketSettings settings) {
            this.marketSettings = Objects.requireNonNull(settings, "settings");
            return self();
        }

        /** Adjusts the marketplace's settings, e.g. {@code s -> s.withOrdersPerSeller(10)}. */
        public B marketSettings(UnaryOperator<MarketSettings> customizer) {
            this.marketCustomizer = Objects.requireNonNull(customizer, "customizer");
            return self();
        }

        /** Whether the simulated marketplace answers the operations (default true; off: only added handlers). */
        public B marketplace(boolean enabled) {
            this.marketplace = enabled;
            return self();
        }

        /** Adds (or replaces) the handler of one operation. */
        public B handler(String section, String action, ActionHandler handler) {
            extraHandlers.add(new ExtraHandler(section, action, Objects.requireNonNull(handler, "handler")));
            return self();
        }

        /** Recent requests kept by the request log (default 10,000). */
        public B requestLogCapacity(int capacity) {
            this.requestLogCapacity = capacity;
            return self();
        }

        /** Concurrent connections served (default 512). */
        public B maxConnections(int max) {
            this.maxConnections = max;
            return self();
        }

        /** How long idle keep-alive connections stay open (default 60 s). */
        public B idleTimeout(Duration timeout) {
            this.idleTimeout = Objects.requireNonNull(timeout, "timeout");
            return self();
        }

        /** Where SubmitFeed bodies are spooled (default: the system temporary directory). */
        public B spoolDirectory(Path dir) {
            this.spoolDirectory = dir;
            return self();
        }

        MarketSettings marketSettings() {
            MarketSettings s = marketSettings != null ? marketSettings : MarketSettings.defaults();
            if (seed != null) {
                s = s.withSeed(seed);
            }
            if (ordersPerSeller != null) {
                s = s.withOrdersPerSeller(ordersPerSeller);
            }
            return Objects.requireNonNull(marketCustomizer.apply(s), "market settings");
        }

        protected MwsSimulator createSimulator() {
            return new MwsSimulator(this);
        }
    }

    private record ExtraHandler(String section, String action, ActionHandler handler) {
    }
}
