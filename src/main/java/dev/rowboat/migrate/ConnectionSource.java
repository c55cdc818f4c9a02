package dev.rowboat.migrate;

import dev.rowboat.data.ConnectionSpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens connections to the database being migrated: one for the lock, one for the work. */
@FunctionalInterface
public interface ConnectionSource {
    Connection open() throws SQLException;

    static ConnectionSource of(ConnectionSpec spec) {
        return () -> {
            Properties props = new Properties();
            if (spec.user() != null) {
                props.setProperty("user", spec.user());
            }
            if (spec.password() != null) {
                props.setProperty("password", spec.password());
            }
            return DriverManager.getConnection(spec.jdbcUrl(), props);
        };
    }
}
