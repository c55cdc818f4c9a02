package dev.rowboat.ui.main;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.ConnectionSpec;
import dev.rowboat.data.OpenDatabase;

/** Opens a database for the window; the application decides what a new database is given. Blocks. */
@FunctionalInterface
public interface DatabaseConnector {
    OpenDatabase connect(ConnectionSpec spec, ConnectOptions options);
}
