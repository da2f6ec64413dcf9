package org.apache.camel.mws.examples.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.camel.spi.StateRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * A Camel {@link StateRepository} in the {@code sync_checkpoints} table of the orders database: where the mws
 * consumers keep their checkpoints, next to the orders they describe (H2 or PostgreSQL; standard SQL MERGE).
 */
public final class JdbcStateRepository extends ServiceSupport implements StateRepository<String, String> {

    private static final String MERGE = """
            MERGE INTO sync_checkpoints c
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(4000)))) AS s (checkpoint_key, checkpoint_value)
            ON c.checkpoint_key = s.checkpoint_key
            WHEN MATCHED THEN UPDATE SET checkpoint_value = s.checkpoint_value, updated_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN INSERT (checkpoint_key, checkpoint_value, updated_at)
                VALUES (s.checkpoint_key, s.checkpoint_value, CURRENT_TIMESTAMP)""";

    private final DataSource dataSource;

    public JdbcStateRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String getState(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT checkpoint_value FROM sync_checkpoints WHERE checkpoint_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the checkpoint " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void setState(String key, String value) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(MERGE)) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the checkpoint " + key + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "JdbcStateRepository[sync_checkpoints]";
    }
}
