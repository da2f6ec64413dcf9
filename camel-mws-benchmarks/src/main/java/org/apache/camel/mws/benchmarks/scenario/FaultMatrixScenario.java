package org.apache.camel.mws.benchmarks.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.mws.benchmarks.support.ConsumerOrderSync;
import org.apache.camel.mws.benchmarks.support.RawMws;
import org.apache.camel.mws.benchmarks.support.SimulatedMws;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.fault.FaultInjector;
import org.apache.camel.mws.simulator.market.data.Order;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;

/**
 * Scenario 5: the order sync under each fault the simulator can inject, alone and all together, and a process
 * killed and restarted in the middle of a sync. The sync is the ListOrders polling consumer (checkpoint in a
 * StateRepository, throttling on, the simulator at time scale 600) into Camel's idempotent consumer keyed on
 * AmazonOrderId + LastUpdateDate. Each row: orders expected, delivered (distinct AmazonOrderIds), missing,
 * duplicated after the idempotent repository, re-deliveries the repository filtered (windows polled again, orders
 * updated meanwhile), and the time until every order was delivered. The corrupted-MD5 row is a report download
 * instead: the expected report is the simulator's own bytes.
 */
public class FaultMatrixScenario implements Scenario {

    static final double TIME_SCALE = 600;
    /** Short retry pauses (real time): the faults are frequent here, as they never were on MWS. */
    static final String RETRY_BACKOFF = "100,200,400,800";
    static final Duration SYNC_TIMEOUT = Duration.ofMinutes(3);

    private MwsSimulator sim;
    private String initialStart;
    private Set<String> expected;

    @Override
    public String name() {
        return "faults";
    }

    @Override
    public String title() {
        return "fault matrix: the order sync under each fault alone and together, and a process kill + restart";
    }

    @Override
    public int order() {
        return 50;
    }

    /** One row: how the faults are set up (on the simulator's injector, for its Orders section). */
    private record Row(String fault, Consumer<FaultInjector> setUp) {
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        int orders = size == Size.QUICK ? 1_000 : 5_000;
        report.line("simulator: time scale %.0f, one seller, %,d orders (%d pages of 100), no new orders; component:"
                    + " throttling on, retryBackoff=%s, maxRetries=4, socketTimeout=1000 ms", TIME_SCALE, orders,
                orders / 100, RETRY_BACKOFF);
        List<Row> rows = List.of(
                new Row("none", f -> {
                }),
                new Row("500 InternalError, 20% of requests", f -> orders(f).withProbability(Fault.INTERNAL_ERROR, 0.2)),
                new Row("503 ServiceUnavailable, 20%", f -> orders(f).withProbability(Fault.SERVICE_UNAVAILABLE, 0.2)),
                new Row("RequestThrottled storm: 10 in a row, then 10%",
                        f -> orders(f).next(times(Fault.REQUEST_THROTTLED, 10))
                                .withProbability(Fault.REQUEST_THROTTLED, 0.1)),
                new Row("QuotaExceeded twice mid-listing", f -> orders(f).next(quotaExceededTwice())),
                new Row("QuotaExceeded, 5% of requests", f -> orders(f).withProbability(Fault.QUOTA_EXCEEDED, 0.05)),
                new Row("connection reset mid-body, 20%", f -> orders(f).withProbability(Fault.CONNECTION_RESET, 0.2)),
                new Row("slow answer (3 s) beyond socketTimeout (1 s), 10%",
                        f -> orders(f).withProbability(Fault.SLOW_RESPONSE, 0.1)),
                new Row("NextTokenCorrupted 3 times mid-listing", f -> corruptTokens(f)),
                new Row("server clock 10 minutes ahead", f -> f.clockSkew(Duration.ofMinutes(10))),
                new Row("all of them together", f -> {
                    corruptTokens(f);
                    orders(f).next(times(Fault.REQUEST_THROTTLED, 5))
                            .withProbability(Fault.INTERNAL_ERROR, 0.05)
                            .withProbability(Fault.SERVICE_UNAVAILABLE, 0.05)
                            .withProbability(Fault.REQUEST_THROTTLED, 0.05)
                            .withProbability(Fault.QUOTA_EXCEEDED, 0.02)
                            .withProbability(Fault.CONNECTION_RESET, 0.05)
                            .withProbability(Fault.SLOW_RESPONSE, 0.03);
                    f.clockSkew(Duration.ofMinutes(10));
                }));
        List<List<String>> table = new ArrayList<>();
        try (MwsSimulator s = MwsSimulator.builder().timeScale(TIME_SCALE).ordersPerSeller(orders)
                .marketSettings(m -> m.withNewOrdersPerHour(0).withReportMinBytes(8L << 20)).start()) {
            sim = s;
            initialStart = sim.market().epoch().minus(Duration.ofDays(400)).toString();
            expected = new HashSet<>();
            for (Order o : sim.market().orders(sim.sellerId())) {
                expected.add(o.amazonOrderId());
            }
            for (Row row : rows) {
                table.add(syncUnder(row, report));
            }
            table.add(killAndRestart(report));
            table.add(corruptedReport(report));
        }
        report.table(List.of("fault", "expected", "delivered", "missing", "duplicated", "re-deliveries filtered",
                "time", "requests (failed answers)"), table);
    }

    private static org.apache.camel.mws.simulator.fault.ActionFaults orders(FaultInjector f) {
        return f.on("Orders", FaultInjector.ANY);
    }

    private static Fault[] times(Fault fault, int n) {
        Fault[] faults = new Fault[n];
        java.util.Arrays.fill(faults, fault);
        return faults;
    }

    /** QuotaExceeded as the 8th and 20th request. */
    private static Fault[] quotaExceededTwice() {
        Fault[] script = times(Fault.NONE, 20);
        script[7] = Fault.QUOTA_EXCEEDED;
        script[19] = Fault.QUOTA_EXCEEDED;
        return script;
    }

    /** Three NextTokenCorrupted answers, after the 5th, 9th and 12th ByNextToken request. */
    private static void corruptTokens(FaultInjector f) {
        List<Fault> script = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            script.add(i == 5 || i == 9 || i == 12 ? Fault.NEXT_TOKEN_CORRUPTED : Fault.NONE);
        }
        f.on("Orders", "ListOrdersByNextToken").next(script.toArray(Fault[]::new));
    }

    private List<String> syncUnder(Row row, ScenarioReport report) throws Exception {
        sim.reset();
        sim.faults().slowDelay(Duration.ofSeconds(3));
        row.setUp().accept(sim.faults());
        ConsumerOrderSync sync = new ConsumerOrderSync();
        long start;
        boolean complete;
        try (SimulatedMws mws = SimulatedMws.connect(sim, m -> {
            m.getConfiguration().setRetryBackoff(RETRY_BACKOFF);
            m.getConfiguration().setSocketTimeout(1000);
        })) {
            CamelContext camel = mws.camel();
            ConsumerOrderSync.bind(camel, "state", new MemoryStateRepository());
            start = System.nanoTime();
            sync.install(camel, ConsumerOrderSync.uri(initialStart, "state", "timeScale=" + TIME_SCALE),
                    new MemoryIdempotentRepository(), (id, key) -> {
                    });
            complete = sync.awaitAll(expected, SYNC_TIMEOUT);
            String fault = row.fault();
            if (!complete) {
                // not lost while the checkpoint has not moved: does the sync finish once the faults stop?
                int during = sync.ids().size();
                sim.faults().clear();
                long after = System.nanoTime();
                complete = sync.awaitAll(expected, SYNC_TIMEOUT);
                report.line("%s: STALLED - %,d of %,d orders delivered in %d s under the faults; after they stopped,"
                            + " %s", fault, during, expected.size(), SYNC_TIMEOUT.toSeconds(), complete
                                    ? String.format("the rest came within %.1f s", (System.nanoTime() - after) / 1e9)
                                    : "still incomplete after another " + SYNC_TIMEOUT.toSeconds() + " s");
                fault = fault + " (STALLED until the faults stopped, see above)";
            }
            camel.getRouteController().stopRoute("orders");
            double seconds = (System.nanoTime() - start) / 1e9;
            long passed = sync.passed().values().stream().mapToLong(Integer::longValue).sum();
            List<String> cells = row(fault, sync.ids(), sync.passed(), seconds,
                    complete ? null : "not complete", report);
            cells.set(5, String.valueOf(sync.consumed() - passed));
            return cells;
        }
    }

    private List<String> row(String fault, Set<String> ids, Map<String, Integer> deliveries, double seconds,
                             String failure, ScenarioReport report) {
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(ids);
        long duplicated = deliveries.values().stream().mapToLong(n -> n - 1).sum();
        if (!missing.isEmpty()) {
            report.lostData(fault + ": " + missing.size() + " orders missing"
                            + (failure != null ? " (the sync stopped: " + failure + ")" : ""));
        }
        long requests = sim.requests().total();
        long failed = requests - sim.requests().count("Success");
        return new ArrayList<>(List.of(fault, String.format("%,d", expected.size()), String.format("%,d", ids.size()),
                String.valueOf(missing.size()), String.valueOf(duplicated), "", String.format("%.1f s", seconds),
                requests + " (" + failed + ")"));
    }

    /** The sync in a process of its own, killed (SIGKILL) when about 40% of the orders are delivered, restarted. */
    private List<String> killAndRestart(ScenarioReport report) throws Exception {
        sim.reset();
        Path dir = Files.createTempDirectory("mws-kill-restart");
        Path delivered = dir.resolve("delivered.txt");
        long start = System.nanoTime();
        Process first = startSync(dir);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (lines(delivered) < expected.size() * 0.4 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long atKill = lines(delivered);
        first.destroyForcibly().waitFor();
        report.line("kill + restart: killed the sync process (SIGKILL) after %,d of %,d orders", atKill,
                expected.size());
        Process second = startSync(dir);
        long end = System.nanoTime() + SYNC_TIMEOUT.toNanos();
        while (!deliveredIds(delivered).containsAll(expected) && second.isAlive() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        boolean alive = second.isAlive();
        second.destroy();
        second.waitFor(10, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Integer> deliveries = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(delivered)) {
            deliveries.merge(line, 1, Integer::sum);
            ids.add(line.substring(0, line.indexOf('|')));
        }
        List<String> row = row("process killed (SIGKILL) at 40% and restarted", ids, deliveries, seconds,
                alive ? null : "the restarted process ended by itself, see " + dir.resolve("stderr.txt"), report);
        row.set(5, "(in the repository file)");
        deleteQuietly(dir);
        return row;
    }

    private Process startSync(Path dir) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var dev = sim.accounts().thirdPartyDeveloper();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                OrderSyncProcess.class.getName(), sim.httpBaseUrl(), dev.accessKeyId(), dev.secretKey(),
                sim.sellerId(), sim.accounts().authToken(sim.sellerId()), sim.seller().marketplaceIds().get(0),
                String.valueOf(TIME_SCALE), initialStart, dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
    }

    private static Set<String> deliveredIds(Path file) throws IOException {
        Set<String> ids = new HashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int bar = line.indexOf('|');
                if (bar > 0) {
                    ids.add(line.substring(0, bar));
                }
            }
        }
        return ids;
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var stream = Files.lines(file)) {
            return stream.count();
        }
    }

    /** A report download whose first two answers are corrupted (one byte changed, Content-MD5 unchanged). */
    private List<String> corruptedReport(ScenarioReport report) throws Exception {
        sim.reset();
        String reportId;
        try (RawMws raw = new RawMws(sim, 1)) {
            raw.send(raw.signedPost("Reports", "RequestReport", Map.of("ReportType", "_GET_MERCHANT_LISTINGS_DATA_")));
            reportId = awaitReport(raw);
        }
        MessageDigest truth = MessageDigest.getInstance("MD5");
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), truth)) {
            sim.market().reports().writeReport(sim.sellerId(), reportId, out);
        }
        sim.requests().reset();
        sim.faults().on("Reports", "GetReport").next(Fault.CORRUPT_CONTENT_MD5, Fault.CORRUPT_CONTENT_MD5);
        long start = System.nanoTime();
        String failure = null;
        boolean same = false;
        try (SimulatedMws mws = SimulatedMws.connect(sim, m -> m.getConfiguration().setRetryBackoff(RETRY_BACKOFF))) {
            org.apache.camel.Exchange ex = mws.camel().createProducerTemplate().request(
                    "mws:Reports/GetReport?timeScale=" + TIME_SCALE,
                    e -> e.getMessage().setHeader("CamelMwsParameters", Map.of("ReportId", reportId)));
            if (ex.getException() != null) {
                failure = ex.getException().getMessage();
            } else {
                MessageDigest got = MessageDigest.getInstance("MD5");
                try (InputStream in = new DigestInputStream(ex.getMessage().getBody(InputStream.class), got)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                same = MessageDigest.isEqual(truth.digest(), got.digest());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!same) {
            report.lostData("corrupted report MD5: the report was not delivered intact"
                            + (failure != null ? " (" + failure + ")" : ""));
        }
        long requests = sim.requests().total();
        return List.of("report Content-MD5 mismatch, first 2 downloads", "1 report", same ? "1 (MD5 verified)" : "0",
                same ? "0" : "1", "0", "n/a", String.format("%.1f s", seconds),
                requests + " (" + (requests - sim.requests().count("Success")) + " answered, corrupted: 2)");
    }

    private String awaitReport(RawMws raw) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            raw.send(raw.signedPost("Reports", "GetReportRequestList", Map.of()));
            for (Reports.RequestView r : sim.market().reports().requests(sim.sellerId())) {
                if (r.generatedReportId() != null) {
                    return r.generatedReportId();
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the report was not done within a minute");
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory
        }
    }
}
