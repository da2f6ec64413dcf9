package org.apache.camel.mws.examples;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.mws.examples.config.ExampleSettings;
import org.apache.camel.mws.examples.reports.ReportRoutes;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as it starts by default (in-process simulator with sellers in US, DE and JP): after a while its
 * database holds each seller's orders exactly as the simulator has them, and its report files hold the reports,
 * decoded to UTF-8 (Japanese included), byte for byte what MWS sent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersAndReportsEndToEndTest {

    @TempDir
    static Path workDir;
    private RunningApp app;
    private MwsSimulator sim;
    private List<String> sellers;

    @BeforeAll
    void startApp() throws Exception {
        Map<String, String> props = RunningApp.testProperties(workDir);
        props.put("examples.simulator.new-orders-per-hour", "6");
        app = RunningApp.start(props);
        sim = app.simulator();
        sellers = sim.market().sellerIds();
    }

    @AfterAll
    void stopApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void databaseHoldsEachSellersOrdersAsTheSimulatorHasThem() throws Exception {
        Instant started = Instant.now();
        for (String seller : sellers) {
            Waits.until(Duration.ofSeconds(90), "seller " + seller + " synced past " + started, () -> {
                Instant c = SimulatorTruth.checkpoint(app.dataSource(), seller);
                return c != null && c.isAfter(started);
            });
        }
        for (String seller : sellers) {
            app.context().getRouteController().stopRoute("orders-" + seller);
        }
        for (String seller : sellers) {
            int settled = SimulatorTruth.assertOrdersMatch(app.dataSource(), sim, seller);
            assertTrue(settled >= 60, "seller " + seller + ": only " + settled + " orders compared");
        }
    }

    @Test
    void healthAndMetricsAreServedOnTheLoopbackInterface() throws Exception {
        String port = app.context().getPropertiesComponent().resolveProperty("camel.management.port").orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        Waits.until(Duration.ofSeconds(90), "ListOrders requests counted in the metrics", () -> {
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/observe/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return metrics.statusCode() == 200
                   && metrics.body().contains("mws_requests_seconds_count{action=\"ListOrders\"");
        });
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/observe/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(health.body().contains("\"name\":\"route:orders-" + sellers.get(0) + "\""), health.body());
    }

    @Test
    void reportFilesAreTheReportsInUtf8AndAcknowledgedOnlyOnceWritten() throws Exception {
        Path directory = app.context().getRegistry().lookupByNameAndType(ExamplesConfiguration.SETTINGS,
                ExampleSettings.class).reports().directory();
        for (String seller : sellers) {
            Waits.until(Duration.ofSeconds(90), "seller " + seller + "'s reports acknowledged", () -> {
                List<Reports.ReportView> ours = sim.market().reports().reports(seller).stream()
                        .filter(r -> ReportRoutes.ORDERS_REPORT.equals(r.reportType())
                                     || ReportRoutes.SETTLEMENT_REPORT.equals(r.reportType()))
                        .toList();
                return ours.stream().anyMatch(r -> ReportRoutes.ORDERS_REPORT.equals(r.reportType()))
                       && ours.stream().anyMatch(r -> ReportRoutes.SETTLEMENT_REPORT.equals(r.reportType()))
                       && ours.stream().allMatch(Reports.ReportView::acknowledged);
            });
        }
        for (String seller : sellers) {
            app.context().getRouteController().stopRoute("reports-" + seller);
        }
        for (String seller : sellers) {
            List<Path> files = SimulatorTruth.assertReportFiles(sim, seller, directory);
            assertFalse(files.isEmpty(), "no report file checked for seller " + seller);
            if ("JP".equals(sim.market().marketplaces(seller).get(0).code())) {
                Path ordersReport = files.stream().filter(f -> f.toString().contains(ReportRoutes.ORDERS_REPORT))
                        .findFirst().orElseThrow();
                String text = Files.readString(ordersReport);
                assertTrue(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                                                            == Character.UnicodeScript.HIRAGANA
                                                            || Character.UnicodeScript.of(cp)
                                                               == Character.UnicodeScript.KATAKANA
                                                            || Character.UnicodeScript.of(cp)
                                                               == Character.UnicodeScript.HAN),
                        "the Japanese seller's orders report has no Japanese text: " + ordersReport);
            }
        }
    }
}
