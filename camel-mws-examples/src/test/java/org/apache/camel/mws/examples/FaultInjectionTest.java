package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.camel.mws.examples.reports.ReportRoutes;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.fault.Fault;
import org.apache.camel.mws.simulator.market.reports.Reports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MWS failing now and then - 5% of the answers a 500 or 503, some connections reset mid-answer, one report download
 * corrupted - changes nothing in the end: the database and the report files hold what they hold without faults.
 */
class FaultInjectionTest {

    @TempDir
    Path workDir;
    private MwsSimulator sim;
    private RunningApp app;

    @BeforeEach
    void start() throws Exception {
        // time scale 60: a NextToken lives 30 s, longer than storing a page of orders takes on a busy machine
        sim = MwsSimulator.builder().seed(7).sellers(3).timeScale(60).ordersPerSeller(80)
                .marketSettings(s -> s.withNewOrdersPerHour(6)).httpsPort(-1).start();
        sim.faults().onAnyAction().withProbability(Fault.INTERNAL_ERROR, 0.025)
                .withProbability(Fault.SERVICE_UNAVAILABLE, 0.025).withProbability(Fault.CONNECTION_RESET, 0.02);
        sim.faults().on("Reports", "GetReport").next(Fault.CORRUPT_CONTENT_MD5);

        Map<String, String> props = RunningApp.testProperties(workDir);
        props.putAll(AppProcess.realServiceProperties(sim));
        props.put("examples.feeds.enabled", "false");
        // the component's retries, quicker than the 1s, 4s, 10s, 30s meant for MWS
        props.put("camel.component.mws.retry-backoff", "20ms,50ms,100ms,200ms");
        app = RunningApp.start(props);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        sim.close();
    }

    @Test
    void ordersAndReportsEndUpAsWithoutFaults() throws Exception {
        List<String> sellers = sim.market().sellerIds();
        Instant started = Instant.now();
        for (String seller : sellers) {
            Waits.until(Duration.ofSeconds(120), "seller " + seller + " synced past " + started, () -> {
                Instant c = SimulatorTruth.checkpoint(app.dataSource(), seller);
                return c != null && c.isAfter(started);
            });
            Waits.until(Duration.ofSeconds(120), "seller " + seller + "'s reports written and acknowledged", () -> {
                List<Reports.ReportView> ours = sim.market().reports().reports(seller).stream()
                        .filter(r -> ReportRoutes.ORDERS_REPORT.equals(r.reportType())
                                     || ReportRoutes.SETTLEMENT_REPORT.equals(r.reportType()))
                        .toList();
                return ours.stream().anyMatch(r -> ReportRoutes.ORDERS_REPORT.equals(r.reportType()))
                       && ours.stream().allMatch(Reports.ReportView::acknowledged);
            });
        }
        for (String seller : sellers) {
            app.context().getRouteController().stopRoute("orders-" + seller);
            app.context().getRouteController().stopRoute("reports-" + seller);
        }

        assertEquals(0, sim.faults().on("Reports", "GetReport").pending(), "the corrupted download happened");
        Map<String, Long> outcomes = sim.requests().countsByOutcome();
        assertTrue(outcomes.keySet().stream().anyMatch(o -> o.contains("InternalError") || o.contains("500")),
                "no 500 was injected: " + outcomes);
        for (String seller : sellers) {
            SimulatorTruth.assertOrdersMatch(app.dataSource(), sim, seller);
            assertFalse(SimulatorTruth.assertReportFiles(sim, seller, workDir.resolve("reports")).isEmpty());
        }
    }
}
