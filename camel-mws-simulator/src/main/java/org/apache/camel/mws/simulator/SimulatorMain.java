package org.apache.camel.mws.simulator;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.apache.camel.mws.simulator.account.DeveloperAccount;
import org.apache.camel.mws.simulator.catalog.MwsCatalog;
import org.apache.camel.mws.simulator.fault.ActionFaults;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.spi.SellerAccount;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone simulator: {@code java -jar camel-mws-simulator.jar --help}. At start it prints its endpoints
 * and the credentials of its generated test accounts (that is its purpose: scripts and people drive it with them),
 * then serves until killed.
 */
@Command(name = "camel-mws-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "An MWS-compatible HTTP(S) server on 127.0.0.1 for tests, examples and offline development.")
public final class SimulatorMain implements Callable<Integer> {

    /** The window whose order count is printed (what a full ListOrders from that date returns). */
    static final Instant COUNT_ORDERS_AFTER = Instant.parse("2000-01-01T00:00:00Z");

    @Option(names = "--http-port", description = "Plain HTTP port (0: any free port, -1: off). Default ${DEFAULT-VALUE}.")
    int httpPort = 8480;

    @Option(names = "--https-port", description = "HTTPS port with a self-signed certificate (0: any free port, -1: off). "
            + "Default ${DEFAULT-VALUE}.")
    int httpsPort = 8443;

    @Option(names = "--seed", description = "Seed of accounts, data and fault draws. Default ${DEFAULT-VALUE}.")
    long seed = 42;

    @Option(names = "--sellers", description = "Number of sellers. Default ${DEFAULT-VALUE}.")
    int sellers = 3;

    @Option(names = "--orders-per-seller", description = "Orders in each seller's history (default: 500).")
    Integer ordersPerSeller;

    @Option(names = "--new-orders-per-hour", description = "Orders arriving per seller and MWS hour (default: 60; 0 keeps "
            + "order counts fixed).")
    Integer newOrdersPerHour;

    @Option(names = "--report-min-bytes", description = "Pad generated reports to at least this many bytes (big-report tests).")
    Long reportMinBytes;

    @Option(names = "--feed-processing-time", paramLabel = "DURATION", description = "MWS time from SubmitFeed to "
            + "_DONE_, ISO 8601 (default: PT3M; PT720H keeps submitted feeds unprocessed, for upload benchmarks).")
    Duration feedProcessingTime;

    @Option(names = "--time-scale", description = "How many times faster than MWS time runs (600: a one-minute restore "
            + "takes 100 ms). Default ${DEFAULT-VALUE}.")
    double timeScale = 1;

    @Option(names = "--access-key-id", description = "Access key id of the first seller's own developer account.")
    String accessKeyId;

    @Option(names = "--secret-key", description = "Secret key of the first seller's own developer account.")
    String secretKey;

    @Option(names = "--seller-id", description = "Seller id of the first seller.")
    String sellerId;

    @Option(names = "--refuse-plain-http", description = "Answer plain HTTP with 401 AccessDenied, as production MWS did.")
    boolean refusePlainHttp;

    @Option(names = "--strict-user-agent", description = "Require an MWS-style User-Agent on every request.")
    boolean strictUserAgent;

    @Option(names = "--no-server-throttling", description = "Do not throttle (for benchmarks of raw server speed).")
    boolean noServerThrottling;

    @Option(names = "--fault-operation", paramLabel = "SECTION/ACTION", description = "Limit the --fault-* probabilities "
            + "to these operations (repeatable; '*' matches all). Default: every operation.")
    List<String> faultOperations = new ArrayList<>();

    @Option(names = "--fault-internal-error", paramLabel = "P", description = "Probability of 500 InternalError.")
    double internalError;

    @Option(names = "--fault-service-unavailable", paramLabel = "P", description = "Probability of 503 ServiceUnavailable.")
    double serviceUnavailable;

    @Option(names = "--fault-request-throttled", paramLabel = "P", description = "Probability of 503 RequestThrottled "
            + "whatever the bucket holds.")
    double requestThrottled;

    @Option(names = "--fault-quota-exceeded", paramLabel = "P", description = "Probability of 503 QuotaExceeded.")
    double quotaExceeded;

    @Option(names = "--fault-next-token-corrupted", paramLabel = "P", description = "Probability of 400 NextTokenCorrupted.")
    double nextTokenCorrupted;

    @Option(names = "--fault-connection-reset", paramLabel = "P", description = "Probability of a reset in the middle of a body.")
    double connectionReset;

    @Option(names = "--fault-slow-response", paramLabel = "P", description = "Probability of a delay before the answer.")
    double slowResponse;

    @Option(names = "--fault-slow-body", paramLabel = "P", description = "Probability of a delay in the middle of the body.")
    double slowBody;

    @Option(names = "--fault-corrupt-content-md5", paramLabel = "P", description = "Probability of a raw body (report, "
            + "processing report) that disagrees with its Content-MD5.")
    double corruptContentMd5;

    @Option(names = "--slow-delay-ms", description = "Delay of the slow faults, in milliseconds. Default ${DEFAULT-VALUE}.")
    long slowDelayMillis = 2000;

    @Option(names = "--clock-skew-seconds", description = "Skew of the server clock in seconds (negative: behind).")
    long clockSkewSeconds;

    private final CountDownLatch stopped = new CountDownLatch(1);

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "info"));
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        int exit = new CommandLine(new SimulatorMain()).execute(args);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    @Override
    public Integer call() throws Exception {
        MwsSimulator sim;
        try {
            sim = configure().build();
            applyFaults(sim);
            sim.start();
        } catch (IllegalArgumentException e) {
            System.err.println("camel-mws-simulator: " + e.getMessage());
            return 2;
        } catch (java.io.UncheckedIOException e) {
            System.err.println("camel-mws-simulator: " + e.getMessage());
            return 1;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.stop();
            stopped.countDown();
        }, "mws-simulator-shutdown"));
        printBanner(sim, System.out);
        stopped.await();
        return 0;
    }

    MwsSimulator.Builder configure() {
        MwsSimulator.Builder b = MwsSimulator.builder().httpPort(httpPort).httpsPort(httpsPort).seed(seed)
                .sellers(sellers).timeScale(timeScale).refusePlainHttp(refusePlainHttp)
                .strictUserAgent(strictUserAgent).serverThrottling(!noServerThrottling)
                .credentials(accessKeyId, secretKey, sellerId);
        if (ordersPerSeller != null) {
            b.ordersPerSeller(ordersPerSeller);
        }
        b.marketSettings(s -> {
            if (newOrdersPerHour != null) {
                s = s.withNewOrdersPerHour(newOrdersPerHour);
            }
            if (reportMinBytes != null) {
                s = s.withReportMinBytes(reportMinBytes);
            }
            if (feedProcessingTime != null) {
                s = s.withFeedProcessingTime(feedProcessingTime);
            }
            return s;
        });
        return b;
    }

    void applyFaults(MwsSimulator sim) {
        Map<Fault, Double> probabilities = new java.util.EnumMap<>(Fault.class);
        probabilities.put(Fault.INTERNAL_ERROR, internalError);
        probabilities.put(Fault.SERVICE_UNAVAILABLE, serviceUnavailable);
        probabilities.put(Fault.REQUEST_THROTTLED, requestThrottled);
        probabilities.put(Fault.QUOTA_EXCEEDED, quotaExceeded);
        probabilities.put(Fault.NEXT_TOKEN_CORRUPTED, nextTokenCorrupted);
        probabilities.put(Fault.CONNECTION_RESET, connectionReset);
        probabilities.put(Fault.SLOW_RESPONSE, slowResponse);
        probabilities.put(Fault.SLOW_BODY, slowBody);
        probabilities.put(Fault.CORRUPT_CONTENT_MD5, corruptContentMd5);
        List<ActionFaults> targets = new ArrayList<>();
        if (faultOperations.isEmpty()) {
            targets.add(sim.faults().onAnyAction());
        }
        for (String op : faultOperations) {
            String[] parts = op.split("/", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new CommandLine.ParameterException(new CommandLine(this),
                        "--fault-operation must be SECTION/ACTION, e.g. Orders/ListOrders, got " + op);
            }
            if (!"*".equals(parts[0]) && MwsCatalog.standard().section(parts[0]).isEmpty()) {
                throw new CommandLine.ParameterException(new CommandLine(this), "Unknown section in --fault-operation: "
                        + parts[0]);
            }
            targets.add(sim.faults().on(parts[0], parts[1]));
        }
        for (ActionFaults target : targets) {
            probabilities.forEach((fault, p) -> {
                if (p > 0) {
                    target.withProbability(fault, p);
                }
            });
        }
        sim.faults().slowDelay(Duration.ofMillis(slowDelayMillis));
        if (clockSkewSeconds != 0) {
            sim.faults().clockSkew(Duration.ofSeconds(clockSkewSeconds));
        }
    }

    /** The endpoints and test credentials, readable by people and by scripts (the export lines). */
    static void printBanner(MwsSimulator sim, PrintStream out) {
        out.println("MWS simulator " + sim);
        if (sim.httpBaseUrl() != null) {
            out.println("  HTTP endpoint:  " + sim.httpBaseUrl());
        }
        if (sim.httpsBaseUrl() != null) {
            out.println("  HTTPS endpoint: " + sim.httpsBaseUrl() + " (self-signed certificate)");
        }
        DeveloperAccount third = sim.accounts().thirdPartyDeveloper();
        for (SellerAccount seller : sim.accounts().sellers()) {
            DeveloperAccount own = sim.accounts().developerOf(seller.sellerId());
            out.println("Seller " + seller.sellerId() + " in " + seller.marketplaceIds().stream()
                    .map(id -> MwsCatalog.standard().marketplaceById(id).map(m -> m.code()).orElse(id))
                    .collect(Collectors.joining(", ")));
            out.println("  own developer:   AWSAccessKeyId=" + own.accessKeyId() + " SecretKey=" + own.secretKey());
            out.println("  third party:     MWSAuthToken=" + sim.accounts().authToken(seller.sellerId()));
            out.println("  orders created after " + COUNT_ORDERS_AFTER + " in " + seller.marketplaceIds().get(0) + ": "
                    + ordersInHomeMarketplace(sim, seller));
        }
        out.println("Third-party developer: AWSAccessKeyId=" + third.accessKeyId() + " SecretKey=" + third.secretKey());
        out.println("# For scripts (first seller, its own developer):");
        if (sim.httpBaseUrl() != null) {
            out.println("export MWS_HTTP_ENDPOINT=" + sim.httpBaseUrl());
        }
        if (sim.httpsBaseUrl() != null) {
            out.println("export MWS_HTTPS_ENDPOINT=" + sim.httpsBaseUrl());
        }
        SellerAccount first = sim.seller();
        out.println("export MWS_ACCESS_KEY_ID=" + sim.developer().accessKeyId());
        out.println("export MWS_SECRET_KEY=" + sim.developer().secretKey());
        out.println("export MWS_SELLER_ID=" + first.sellerId());
        out.println("export MWS_MARKETPLACE_ID=" + first.marketplaceIds().get(0));
        out.println("export MWS_EXPECT_ORDERS=" + ordersInHomeMarketplace(sim, first));
        out.println("# For the examples application (every seller, home marketplace, through the third-party developer):");
        out.println("export EXAMPLES_MWS_ACCESS_KEY_ID=" + third.accessKeyId());
        out.println("export EXAMPLES_MWS_SECRET_KEY=" + third.secretKey());
        out.println("export EXAMPLES_MWS_SELLERS=" + sim.accounts().sellers().stream()
                .map(s -> s.sellerId() + ":" + s.marketplaceIds().get(0) + ":" + sim.accounts().authToken(s.sellerId()))
                .collect(Collectors.joining(",")));
        out.println("MWS simulator ready");
        out.flush();
    }

    /** What a complete ListOrders of the home marketplace from {@link #COUNT_ORDERS_AFTER} returns now. */
    static long ordersInHomeMarketplace(MwsSimulator sim, SellerAccount seller) {
        return sim.market().countOrders(seller.sellerId(), seller.marketplaceIds().get(0), COUNT_ORDERS_AFTER,
                sim.clock().now());
    }
}
