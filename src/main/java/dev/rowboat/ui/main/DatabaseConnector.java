package dev.rowboat.ui.main;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.ConnectionSpec;

/** Opens a database for the window; the application decides what a new database is given. Blocks. */
@FunctionalInterface
public interface DatabaseConnector {
    OpenDatabase connect(ConnectionSpec spec, ConnectOptions options);

    /**
     * Opens the same database again after its schema changed (a migration ran), so that a mapping
     * reflected from it sees the tables it has now. Nothing is created or migrated on the way.
     */
    default OpenDatabase reopen(ConnectionSpec spec) {
        return connect(spec, ConnectOptions.defaults());
    }
}
