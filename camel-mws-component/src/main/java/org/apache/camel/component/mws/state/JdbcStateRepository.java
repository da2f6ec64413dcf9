package org.apache.camel.component.mws.state;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in a table of a JDBC database, e.g. for the checkpoints of mws consumers kept with
 * the data they feed. The table is created when absent:
 *
 * <pre>
 * CREATE TABLE CAMEL_MWS_STATE (
 *     STATE_KEY   VARCHAR(512) NOT NULL PRIMARY KEY,
 *     STATE_VALUE VARCHAR(4000) NOT NULL,
 *     UPDATED_AT  TIMESTAMP NOT NULL)
 * </pre>
 *
 * A write is one atomic upsert: {@code INSERT ... ON CONFLICT DO UPDATE} on PostgreSQL, {@code MERGE INTO ... KEY}
 * on H2, and elsewhere an UPDATE followed by an INSERT when no row was there (retried once as UPDATE if another
 * writer inserted the key in between). Each call uses its own connection from the pool in auto-commit mode;
 * {@code setState(key, null)} deletes the key.
 *
 * <pre>
 * JdbcStateRepository checkpoints = new JdbcStateRepository(dataSource);
 * context.getRegistry().bind("checkpoints", checkpoints);
 * from("mws:Orders/ListOrders?marketplace=US&amp;stateRepository=#checkpoints")...
 * </pre>
 */
public class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    /** The table used unless another is named. */
    public static final String DEFAULT_TABLE = "CAMEL_MWS_STATE";
    /** The longest key the table takes. */
    public static final int MAX_KEY_LENGTH = 512;
    /** The longest value the table takes. */
    public static final int MAX_VALUE_LENGTH = 4000;

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?");

    enum Dialect {
        POSTGRESQL,
        H2,
        GENERIC
    }

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private volatile Dialect dialect;

    /**
     * @param dataSource the database
     */
    public JdbcStateRepository(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * @param dataSource the database
     * @param table      the table (optionally schema.table; letters, digits and _ only)
     */
    public JdbcStateRepository(DataSource dataSource, String table) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(table, "table");
        if (!IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("The state table name '" + table + "' is not a plain SQL identifier"
                                               + " (letters, digits and _, optionally schema.table)");
        }
        this.table = table;
        this.clock = Clock.systemUTC();
    }

    /**
     * @return the table holding the states
     */
    public String getTable() {
        return table;
    }

    @Override
    protected void doStart() throws Exception {
        prepare();
    }

    /** Detects the database and creates the table when absent (once; also on first use before start). */
    private Dialect prepare() {
        Dialect d = dialect;
        if (d != null) {
            return d;
        }
        synchronized (this) {
            if (dialect == null) {
                try (Connection c = dataSource.getConnection()) {
                    DatabaseMetaData meta = c.getMetaData();
                    Dialect detected = detect(meta.getDatabaseProductName());
                    if (!exists(meta)) {
                        create(c);
                    }
                    dialect = detected;
                } catch (SQLException e) {
                    throw failure("prepare the state table " + table, e);
                }
            }
            return dialect;
        }
    }

    static Dialect detect(String productName) {
        String name = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return Dialect.POSTGRESQL;
        }
        if (name.equals("h2")) {
            return Dialect.H2;
        }
        return Dialect.GENERIC;
    }

    /** Databases fold unquoted names differently (H2 to upper, PostgreSQL to lower case): look for both. */
    private boolean exists(DatabaseMetaData meta) throws SQLException {
        String schema = null;
        String name = table;
        int dot = table.indexOf('.');
        if (dot > 0) {
            schema = table.substring(0, dot);
            name = table.substring(dot + 1);
        }
        for (boolean upper : new boolean[] { true, false }) {
            String s = schema == null ? null : upper ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
            String n = upper ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
            try (ResultSet rs = meta.getTables(null, s, n, new String[] { "TABLE" })) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE " + table + " (STATE_KEY VARCHAR(" + MAX_KEY_LENGTH + ") NOT NULL PRIMARY KEY,"
                      + " STATE_VALUE VARCHAR(" + MAX_VALUE_LENGTH + ") NOT NULL, UPDATED_AT TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            // another node may have created it in the meantime
            if (!exists(c.getMetaData())) {
                throw e;
            }
        }
    }

    @Override
    public String getState(String key) {
        check(key);
        prepare();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT STATE_VALUE FROM " + table + " WHERE STATE_KEY = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read the state '" + key + "' from " + table, e);
        }
    }

    @Override
    public void setState(String key, String value) {
        check(key);
        if (value != null && value.length() > MAX_VALUE_LENGTH) {
            throw new IllegalArgumentException("The state '" + key + "' is " + value.length()
                                               + " characters long; the table takes " + MAX_VALUE_LENGTH);
        }
        Dialect d = prepare();
        try (Connection c = dataSource.getConnection()) {
            if (value == null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE STATE_KEY = ?")) {
                    ps.setString(1, key);
                    ps.executeUpdate();
                }
                return;
            }
            Timestamp now = Timestamp.from(clock.instant());
            switch (d) {
                case POSTGRESQL -> upsert(c, "INSERT INTO " + table + " (STATE_KEY, STATE_VALUE, UPDATED_AT) VALUES"
                                             + " (?, ?, ?) ON CONFLICT (STATE_KEY) DO UPDATE SET STATE_VALUE ="
                                             + " EXCLUDED.STATE_VALUE, UPDATED_AT = EXCLUDED.UPDATED_AT",
                        key, value, now);
                case H2 -> upsert(c, "MERGE INTO " + table + " (STATE_KEY, STATE_VALUE, UPDATED_AT) KEY (STATE_KEY)"
                                     + " VALUES (?, ?, ?)",
                        key, value, now);
                default -> updateOrInsert(c, key, value, now);
            }
        } catch (SQLException e) {
            throw failure("write the state '" + key + "' to " + table, e);
        }
    }

    private static void upsert(Connection c, String sql, String key, String value, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setTimestamp(3, now);
            ps.executeUpdate();
        }
    }

    private void updateOrInsert(Connection c, String key, String value, Timestamp now) throws SQLException {
        if (update(c, key, value, now)) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                                                       + " (STATE_KEY, STATE_VALUE, UPDATED_AT) VALUES (?, ?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.setTimestamp(3, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            // inserted by another writer since our update: ours is the later write
            if (!update(c, key, value, now)) {
                throw e;
            }
        }
    }

    private boolean update(Connection c, String key, String value, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                                                       + " SET STATE_VALUE = ?, UPDATED_AT = ? WHERE STATE_KEY = ?")) {
            ps.setString(1, value);
            ps.setTimestamp(2, now);
            ps.setString(3, key);
            return ps.executeUpdate() > 0;
        }
    }

    Dialect dialect() {
        return prepare();
    }

    /** For tests: forces the portable UPDATE-then-INSERT path. */
    void useGenericDialect() {
        prepare();
        dialect = Dialect.GENERIC;
    }

    private static void check(String key) {
        Objects.requireNonNull(key, "state key must not be null");
        if (key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("The state key '" + key + "' is longer than " + MAX_KEY_LENGTH
                                               + " characters");
        }
    }

    private RuntimeCamelException failure(String what, SQLException e) {
        return new RuntimeCamelException("Cannot " + what + ": " + e.getMessage() + " (SQLState " + e.getSQLState()
                                         + ")",
                e);
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[" + table + "]";
    }
}
