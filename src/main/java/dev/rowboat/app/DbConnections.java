package dev.rowboat.app;

import dev.rowboat.data.ConnectionErrors;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.LoginProperties;
import java.sql.SQLException;

/**
 * The migration engine's connections in a {@code db} command. A driver's failure to connect
 * becomes the sentence the window says (a {@link dev.rowboat.schema.DatabaseException}, exit 3),
 * rather than the engine's "Database error" with the driver's own words. The driver gives up
 * after {@link LoginProperties#DEFAULT_TIMEOUT_SECONDS}, as the window does.
 */
final class DbConnections {
    private DbConnections() {
    }

    static ConnectionSource of(ConnectionSpec spec) {
        ConnectionSource driver = ConnectionSource.of(spec);
        return () -> {
            try {
                return driver.open();
            } catch (SQLException e) {
                throw ConnectionErrors.translate(spec, e, LoginProperties.DEFAULT_TIMEOUT_SECONDS);
            }
        };
    }
}
