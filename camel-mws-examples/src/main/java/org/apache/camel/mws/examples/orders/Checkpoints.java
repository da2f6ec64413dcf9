package org.apache.camel.mws.examples.orders;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

/** Sync checkpoints kept in the {@code sync_checkpoints} table of the orders database. */
public final class Checkpoints {

    private static final String MERGE = """
            MERGE INTO sync_checkpoints c
            USING (VALUES (CAST(? AS VARCHAR(200)), CAST(? AS VARCHAR(4000)))) AS s (checkpoint_key, checkpoint_value)
            ON c.checkpoint_key = s.checkpoint_key
            WHEN MATCHED THEN UPDATE SET checkpoint_value = s.checkpoint_value, updated_at = CURRENT_TIMESTAMP
            WHEN NOT MATCHED THEN INSERT (checkpoint_key, checkpoint_value, updated_at)
                VALUES (s.checkpoint_key, s.checkpoint_value, CURRENT_TIMESTAMP)""";

    private final DataSource dataSource;

    public Checkpoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<String> get(String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement st = c.prepareStatement(
                     "SELECT checkpoint_value FROM sync_checkpoints WHERE checkpoint_key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public void put(String key, String value) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = c.prepareStatement(MERGE)) {
            st.setString(1, key);
            st.setString(2, value);
            st.executeUpdate();
        }
    }
}
