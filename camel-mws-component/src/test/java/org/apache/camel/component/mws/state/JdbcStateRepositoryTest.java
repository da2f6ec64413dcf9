package org.apache.camel.component.mws.state;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.camel.component.mws.support.TestPostgresql;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JdbcStateRepository on a real H2 database and a real PostgreSQL ({@link TestPostgresql}): the table created when
 * absent, upserts, deletes, a second repository on the same table, concurrent writers, and the portable UPDATE-then-INSERT path.
 */
class JdbcStateRepositoryTest {

    static Stream<Arguments> databases() {
        List<Arguments> all = new ArrayList<>();
        all.add(Arguments.of("H2", (Callable<DataSource>) () -> {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:state-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            return h2;
        }));
        all.add(Arguments.of("PostgreSQL", (Callable<DataSource>) TestPostgresql::dataSource));
        return all.stream();
    }

    /** A table of its own per test, so that runs on a shared PostgreSQL do not meet. */
    private static String freshTable() {
        return "MWS_STATE_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void theTableIsCreatedAndStatesAreUpsertedAndDeleted(String db, Callable<DataSource> source) throws Exception {
        DataSource ds = source.call();
        String table = freshTable();
        JdbcStateRepository repo = new JdbcStateRepository(ds, table);
        repo.start();
        assertEquals(db.equals("H2") ? JdbcStateRepository.Dialect.H2 : JdbcStateRepository.Dialect.POSTGRESQL,
                repo.dialect());
        assertNull(repo.getState("mws:Orders/ListOrders/A1"));
        repo.setState("mws:Orders/ListOrders/A1", "2024-01-01T00:00:00Z");
        repo.setState("mws:Orders/ListOrders/A1", "2024-01-01T00:05:00Z");
        repo.setState("mws:Orders/ListOrders/A2", "2024-02-01T00:00:00Z");
        assertEquals("2024-01-01T00:05:00Z", repo.getState("mws:Orders/ListOrders/A1"));
        assertEquals(2, rows(ds, table));

        // another repository (another node, or after a restart) on the existing table
        JdbcStateRepository again = new JdbcStateRepository(ds, table);
        again.start();
        assertEquals("2024-02-01T00:00:00Z", again.getState("mws:Orders/ListOrders/A2"));
        again.setState("mws:Orders/ListOrders/A2", null);
        assertNull(repo.getState("mws:Orders/ListOrders/A2"));
        assertEquals(1, rows(ds, table));
        repo.stop();
        again.stop();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void concurrentWritersOfOneKeyNeverFail(String db, Callable<DataSource> source) throws Exception {
        DataSource ds = source.call();
        JdbcStateRepository repo = new JdbcStateRepository(ds, freshTable());
        repo.start();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        repo.setState("shared", thread + "/" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : writes) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(repo.getState("shared").endsWith("/39"), repo.getState("shared"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void thePortableUpdateThenInsertPathUpserts(String db, Callable<DataSource> source) throws Exception {
        DataSource ds = source.call();
        String table = freshTable();
        JdbcStateRepository repo = new JdbcStateRepository(ds, table);
        repo.start();
        repo.useGenericDialect();
        repo.setState("k", "1");
        repo.setState("k", "2");
        assertEquals("2", repo.getState("k"));
        assertEquals(1, rows(ds, table));
    }

    @Test
    void unsafeTableNamesAndOversizedKeysAreRefused() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:names;DB_CLOSE_DELAY=-1");
        for (String bad : Set.of("STATE; DROP TABLE X", "1STATE", "a.b.c", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new JdbcStateRepository(h2, bad));
            assertTrue(e.getMessage().contains("is not a plain SQL identifier"), e.getMessage());
        }
        JdbcStateRepository repo = new JdbcStateRepository(h2, "MWS_STATE");
        assertThrows(IllegalArgumentException.class, () -> repo.setState("k".repeat(513), "v"));
        assertThrows(IllegalArgumentException.class, () -> repo.setState("k", "v".repeat(4001)));
    }

    @Test
    void anUnreachableDatabaseGivesAClearError() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:gone;IFEXISTS=TRUE");
        JdbcStateRepository repo = new JdbcStateRepository(h2);
        Exception e = assertThrows(Exception.class, repo::start);
        assertTrue(String.valueOf(e.getMessage()).contains("Cannot prepare the state table CAMEL_MWS_STATE"),
                e.getMessage());
    }

    private static int rows(DataSource ds, String table) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
