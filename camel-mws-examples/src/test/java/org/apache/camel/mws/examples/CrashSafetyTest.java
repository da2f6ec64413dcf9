package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.apache.camel.mws.simulator.market.data.Order;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application killed (kill -9, its own JVM) in the middle of its first order sync and started again ends with
 * the database an uninterrupted run ends with: no order missing, none duplicated, every one as the simulator has it.
 * The simulator runs in the test's JVM, so it outlives the application, as MWS would.
 */
class CrashSafetyTest {

    @TempDir
    Path tmp;
    private MwsSimulator sim;

    @BeforeEach
    void startSimulator() {
        // time scale 60: a NextToken lives 30 s, longer than storing a page of orders takes on a busy machine
        sim = MwsSimulator.builder().seed(42).sellers(3).timeScale(60).ordersPerSeller(100)
                .marketSettings(s -> s.withNewOrdersPerHour(6)).httpsPort(-1).start();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    private Map<String, String> properties(Path workDir) {
        Map<String, String> p = AppProcess.realServiceProperties(sim);
        p.put("examples.work-dir", workDir.toString());
        p.put("examples.orders.poll-interval", "1s");
        p.put("examples.feeds.enabled", "false");
        p.put("examples.reports.enabled", "false");
        p.put("camel.management.port", Integer.toString(RunningApp.freePort()));
        return p;
    }

    private static DataSource database(Path workDir) {
        JdbcDataSource ds = new JdbcDataSource();
        // IFEXISTS: the test never creates the database; the application does
        ds.setURL("jdbc:h2:file:" + workDir.resolve("mws-examples-db") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }

    private static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1; // the schema is not created yet
        }
    }

    private void awaitSyncedPast(DataSource ds, Instant instant, AppProcess app) throws Exception {
        for (String seller : sim.market().sellerIds()) {
            Waits.until(Duration.ofSeconds(120), "seller " + seller + " synced past " + instant, () -> {
                if (app != null && !app.isAlive()) {
                    throw new AssertionError("the application ended:\n" + app.output());
                }
                Instant c = SimulatorTruth.checkpoint(ds, seller);
                return c != null && c.isAfter(instant);
            });
        }
    }

    @Test
    void killedMidSyncAndRestartedEndsLikeAnUninterruptedRun() throws Exception {
        Path crashed = tmp.resolve("crashed");
        Path steady = tmp.resolve("steady");
        DataSource crashedDb = database(crashed);
        DataSource steadyDb = database(steady);
        List<String> sellers = sim.market().sellerIds();

        // the uninterrupted run, for comparison, runs in the test's JVM; the one to kill in a JVM of its own
        try (RunningApp uninterrupted = RunningApp.start(properties(steady))) {
            long storedWhenKilled;
            try (AppProcess first = AppProcess.start(properties(crashed), tmp.resolve("first.log"))) {
                first.awaitOutput("Database ready", Duration.ofSeconds(60));
                Waits.until(Duration.ofSeconds(120), "the first sync under way", () -> {
                    if (!first.isAlive()) {
                        throw new AssertionError("the application ended:\n" + first.output());
                    }
                    return count(crashedDb, "orders") >= 40;
                });
                first.kill();
                storedWhenKilled = count(crashedDb, "orders");
            }
            for (String seller : sellers) {
                assertNull(SimulatorTruth.checkpoint(crashedDb, seller),
                        "the kill came too late: seller " + seller + "'s first window was complete");
            }
            assertTrue(storedWhenKilled < 3 * 100, "killed after " + storedWhenKilled + " orders: not mid-sync");

            Instant restarted = Instant.now();
            try (AppProcess second = AppProcess.start(properties(crashed), tmp.resolve("second.log"))) {
                second.awaitOutput("Database ready", Duration.ofSeconds(60));
                awaitSyncedPast(crashedDb, restarted, second);
                awaitSyncedPast(steadyDb, restarted, null);
                second.stop(Duration.ofSeconds(30));
                // stopped as by Ctrl-C: cleanly, nothing failing on the way out
                // the context's own last line: Main's closing line may be cut by the JVM exiting after its hook
                assertTrue(second.output().contains("(mws-examples) shutdown in"), second.output());
                assertFalse(second.output().contains(" ERROR "), second.output());
            }
        }

        for (String seller : sellers) {
            SimulatorTruth.assertOrdersMatch(crashedDb, sim, seller);
            SimulatorTruth.assertOrdersMatch(steadyDb, sim, seller);
        }
        // both runs hold the same orders, in the same versions, up to the earlier of their checkpoints
        for (String seller : sellers) {
            Instant common = min(SimulatorTruth.checkpoint(crashedDb, seller),
                    SimulatorTruth.checkpoint(steadyDb, seller));
            Set<String> settled = sim.market().ordersLastUpdatedBefore(seller, common).stream()
                    .map(Order::amazonOrderId).collect(Collectors.toSet());
            Map<String, SimulatorTruth.OrderView> a = SimulatorTruth.stored(steadyDb, seller);
            Map<String, SimulatorTruth.OrderView> b = SimulatorTruth.stored(crashedDb, seller);
            a.keySet().retainAll(settled);
            b.keySet().retainAll(settled);
            assertEquals(settled.size(), a.size(), "seller " + seller + ": uninterrupted run");
            assertEquals(settled.size(), b.size(), "seller " + seller + ": killed and restarted run");
            assertTrue(a.equals(b), "seller " + seller + ": the two runs differ");
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
