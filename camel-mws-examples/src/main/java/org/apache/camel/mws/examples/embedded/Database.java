package org.apache.camel.mws.examples.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.apache.camel.mws.examples.config.ExampleSettings;
import org.apache.camel.mws.examples.config.SettingsException;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection pool of the orders database (H2 or PostgreSQL) and its schema, created at start when missing.
 */
public final class Database extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final ExampleSettings.Database settings;
    private HikariDataSource dataSource;

    public Database(ExampleSettings.Database settings) {
        this.settings = settings;
    }

    @Override
    protected void doStart() throws Exception {
        HikariConfig config = new HikariConfig();
        config.setPoolName("mws-examples");
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setInitializationFailTimeout(10_000);
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SettingsException(java.util.List.of("examples.db.url: cannot connect to " + settings.url() + " ("
                                                          + cause.getMessage()
                                                          + "): check the URL, examples.db.user and"
                                                          + " examples.db.password, and that the database runs"));
        }
        try (Connection c = ds.getConnection()) {
            createSchema(c);
        } catch (SQLException | IOException | RuntimeException e) {
            ds.close();
            throw e;
        }
        dataSource = ds;
        LOG.info("Database ready: {}", settings.url());
    }

    private static void createSchema(Connection c) throws SQLException, IOException {
        String script;
        try (InputStream in = Database.class.getResourceAsStream("/schema.sql")) {
            if (in == null) {
                throw new IOException("schema.sql is missing from the classpath");
            }
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Statement st = c.createStatement()) {
            for (String sql : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    st.execute(sql.trim());
                }
            }
        }
    }

    @Override
    protected void doStop() {
        HikariDataSource ds = dataSource;
        dataSource = null;
        if (ds != null) {
            ds.close();
        }
    }

    /** The pool (once started). */
    public DataSource dataSource() {
        if (dataSource == null) {
            throw new IllegalStateException("The database is not started");
        }
        return dataSource;
    }
}
