package org.apache.camel.mws.benchmarks.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.camel.mws.benchmarks.support.PagedOrderSync;
import org.apache.camel.mws.benchmarks.support.SimulatedMws;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.data.Order;

/**
 * Scenario 1, the pacing figure of the throttling issue: one seller's 20,000 orders listed in 200 pages of 100
 * through the ListOrders bucket (6 requests, one more per minute) of the simulator at time scale 120 (600 for the
 * quick size). The best any
 * client can do is the burst at once and then one page per restore interval: {@code (pages - burst) x interval}.
 * A restart after NextTokenCorrupted (a token expired while a page waited) lists from the first page again. The
 * scenario prints the wall time against that minimum and the RequestThrottled answers the server gave, with
 * the component pacing ({@code throttling=true}) and without ({@code throttling=false}, a throttled page sent again
 * after one MWS second, as a client without a limiter would).
 */
public class PacingScenario implements Scenario {

    static final int BURST = 6;
    static final Duration RESTORE = Duration.ofMinutes(1);
    static final Duration NAIVE_PAUSE = Duration.ofSeconds(1);

    @Override
    public String name() {
        return "pacing";
    }

    @Override
    public String title() {
        return "pacing efficiency: a 20,000-order ListOrders sync against its theoretical minimum, throttling on and off";
    }

    @Override
    public int order() {
        return 20;
    }

    /** Lists a few pages of another seller through the same endpoint, so the measured sync starts warm. */
    static void warmUp(SimulatedMws mws, String uri, String otherSeller) {
        Map<String, Object> params = Map.of("SellerId", otherSeller, "MWSAuthToken",
                mws.simulator().accounts().authToken(otherSeller), "MarketplaceId.Id.1",
                mws.simulator().accounts().seller(otherSeller).orElseThrow().marketplaceIds().get(0), "CreatedAfter",
                mws.simulator().market().epoch().minus(Duration.ofDays(400)).toString(), "MaxResultsPerPage", "100");
        for (int i = 0; i < 3; i++) {
            Exception e = mws.camel().createProducerTemplate()
                    .request(uri, ex -> ex.getMessage().setHeader("CamelMwsParameters", params)).getException();
            if (e != null) {
                throw new IllegalStateException("warm-up failed: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void run(Size size, ScenarioReport report) throws Exception {
        int orders = size == Size.QUICK ? 5_000 : 20_000;
        // a page must be fetched and parsed within one restore interval: 500 ms leaves room on a busy machine
        double timeScale = size == Size.QUICK ? 600 : 120;
        int listingPages = (orders + 99) / 100;
        Duration interval = Duration.ofNanos(Math.round(RESTORE.toNanos() / timeScale));
        report.line("simulator: time scale %.0f (a one-minute restore takes %d ms), %,d orders for one seller, no new"
                    + " orders during the sync; ListOrders bucket %d, 1 per minute; pages of 100", timeScale,
                interval.toMillis(), orders, BURST);
        // the second seller only warms the JVM up (its own buckets): class loading, the first connection, JIT
        try (MwsSimulator sim = MwsSimulator.builder().timeScale(timeScale).ordersPerSeller(orders).sellers(2)
                .marketSettings(s -> s.withNewOrdersPerHour(0)).start()) {
            Set<String> expected = new HashSet<>();
            for (Order o : sim.market().orders(sim.sellerId())) {
                expected.add(o.amazonOrderId());
            }
            List<List<String>> rows = new ArrayList<>();
            for (boolean throttling : new boolean[] { true, false }) {
                sim.reset(); // a full server bucket, an empty request log
                Set<String> delivered = new HashSet<>();
                PagedOrderSync.Result r;
                try (SimulatedMws mws = SimulatedMws.connect(sim)) {
                    String uri = "mws:Orders/ListOrders?timeScale=" + timeScale + "&throttling=" + throttling;
                    Map<String, Object> first = Map.of("CreatedAfter",
                            sim.market().epoch().minus(Duration.ofDays(400)).toString(), "MaxResultsPerPage", "100");
                    warmUp(mws, uri, sim.accounts().sellers().get(1).sellerId());
                    sim.requests().reset();
                    r = new PagedOrderSync(mws.camel().createProducerTemplate(), uri, first).run(delivered,
                            throttling ? null : Duration.ofNanos(Math.round(NAIVE_PAUSE.toNanos() / timeScale)));
                }
                Duration minimum = interval.multipliedBy(Math.max(0, listingPages - BURST));
                double ratio = r.wallTime().toNanos() / (double) minimum.toNanos();
                long throttled = sim.requests().throttled();
                Set<String> missing = new HashSet<>(expected);
                missing.removeAll(delivered);
                rows.add(List.of("throttling=" + throttling, r.pages() + " (" + r.restarts() + ")",
                        String.format("%,d / %,d", delivered.size(), expected.size()), String.valueOf(missing.size()),
                        String.valueOf(r.duplicates()), String.format("%.2f s", r.wallTime().toNanos() / 1e9),
                        String.format("%.2f s", minimum.toNanos() / 1e9), String.format("%.3f", ratio),
                        String.valueOf(throttled), String.valueOf(sim.requests().total())));
                if (!missing.isEmpty()) {
                    report.lostData(missing.size() + " orders missing with throttling=" + throttling);
                }
                if (throttling) {
                    report.goal("wall / minimum", "<= 1.03", ratio <= 1.03);
                    report.goal("throttled answers", "= 0", throttled == 0);
                }
            }
            report.table(List.of("run", "pages (listing restarts)", "orders delivered / expected", "missing", "duplicated", "wall time",
                    "theoretical minimum", "wall / minimum", "503 RequestThrottled", "requests sent"), rows);
        }
    }
}
