package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.camel.mws.simulator.MwsSimulator;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as two nodes of a cluster ({@code examples.cluster.node=1} and {@code 2}, two JVMs, one H2
 * database): every seller's order sync runs on one node, and when that node is killed ({@code kill -9}) the other
 * takes its sellers over from their checkpoints; the database ends with every order as the simulator has it.
 */
class ClusterModeTest {

    @TempDir
    Path tmp;
    private MwsSimulator sim;
    private final List<AppProcess> nodes = new ArrayList<>();

    @BeforeEach
    void startSimulator() {
        sim = MwsSimulator.builder().seed(42).sellers(3).timeScale(60).ordersPerSeller(100)
                .marketSettings(s -> s.withNewOrdersPerHour(6)).httpsPort(-1).start();
    }

    @AfterEach
    void stop() throws Exception {
        for (AppProcess node : nodes) {
            node.close();
        }
        sim.close();
    }

    @Test
    void eachSellerOnOneNodeAndTakenOverWhenItsNodeIsKilled() throws Exception {
        int base = RunningApp.freePort();
        int second = RunningApp.freePort();
        // WRITE_DELAY=0: the node killed may be the one serving the H2 file; its last commits must be on disk
        String db = "jdbc:h2:file:" + tmp.resolve("cluster-db") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0";
        for (int node = 1; node <= 2; node++) {
            Map<String, String> p = AppProcess.realServiceProperties(sim);
            p.put("examples.work-dir", tmp.resolve("node-" + node).toString());
            p.put("examples.db.url", db);
            p.put("examples.orders.poll-interval", "1s");
            p.put("examples.feeds.enabled", "false");
            p.put("examples.reports.enabled", "false");
            p.put("examples.cluster.node", Integer.toString(node));
            p.put("examples.cluster.nodes", "2");
            p.put("examples.cluster.members", "127.0.0.1:" + base + ",127.0.0.1:" + second);
            // node n listens on base-port + n - 1
            p.put("examples.cluster.base-port", Integer.toString(node == 1 ? base : second - 1));
            nodes.add(AppProcess.start(p, tmp.resolve("node-" + node + ".log")));
        }
        for (AppProcess node : nodes) {
            node.awaitOutput("Database ready", Duration.ofSeconds(90));
        }
        DataSource ds = database();
        List<String> sellers = sim.market().sellerIds();
        Instant started = Instant.now();
        awaitSyncedPast(ds, sellers, started);

        // each seller's order route started on exactly one node
        List<String> ledByFirst = new ArrayList<>();
        for (String seller : sellers) {
            boolean first = startedOn(nodes.get(0), seller);
            boolean other = startedOn(nodes.get(1), seller);
            assertTrue(first ^ other, "seller " + seller + "'s orders route started on " + (first && other ? "both"
                    : "neither") + " node(s):\n" + routeLines(nodes.get(0)) + "\n---\n" + routeLines(nodes.get(1)));
            if (first) {
                ledByFirst.add(seller);
            }
        }
        AppProcess victim = ledByFirst.isEmpty() ? nodes.get(1) : nodes.get(0);
        AppProcess survivor = victim == nodes.get(0) ? nodes.get(1) : nodes.get(0);
        List<String> orphans = ledByFirst.isEmpty() ? sellers : ledByFirst;

        victim.kill();
        Instant killed = Instant.now();
        awaitSyncedPast(ds, sellers, killed);
        for (String seller : orphans) {
            assertTrue(startedOn(survivor, seller), "seller " + seller + " was not taken over:\n" + survivor.output());
        }
        for (String seller : sellers) {
            SimulatorTruth.assertOrdersMatch(ds, sim, seller);
        }
    }

    /** The node's log lines about its order routes, for failure messages. */
    private static String routeLines(AppProcess node) {
        return node.output().lines().filter(l -> l.contains("orders-") || l.contains("luster"))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    private static boolean startedOn(AppProcess node, String seller) {
        // routes under the cluster policy start disabled; "Started" is their start on taking the lead
        return node.output().contains("Started orders-" + seller + " ");
    }

    private void awaitSyncedPast(DataSource ds, List<String> sellers, Instant instant) throws Exception {
        for (String seller : sellers) {
            Waits.until(Duration.ofSeconds(120), "seller " + seller + " synced past " + instant, () -> {
                if (nodes.stream().noneMatch(AppProcess::isAlive)) {
                    throw new AssertionError("no node is running:\n" + nodes.get(0).output());
                }
                Instant c;
                try {
                    c = SimulatorTruth.checkpoint(ds, seller);
                } catch (java.sql.SQLException e) {
                    return false; // the table is not created yet
                }
                return c != null && c.isAfter(instant);
            });
        }
    }

    private DataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        // IFEXISTS: the test never creates the database; the nodes do
        ds.setURL("jdbc:h2:file:" + tmp.resolve("cluster-db") + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;IFEXISTS=TRUE");
        ds.setUser("sa");
        ds.setPassword("");
        return ds;
    }
}
