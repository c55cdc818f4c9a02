package dev.rowboat.ui.main;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Progress;

/** Opens a database for the window; the application decides what a new database is given. Blocks. */
@FunctionalInterface
public interface DatabaseConnector {
    OpenDatabase connect(ConnectionSpec spec, ConnectOptions options);

    /** The same, reporting the steps of the open (reading tables, starting Hibernate) as it goes. */
    default OpenDatabase connect(ConnectionSpec spec, ConnectOptions options, Progress progress) {
        return connect(spec, options);
    }

    /**
     * Opens the same database again after its schema changed (a migration ran), so that a mapping
     * reflected from it sees the tables it has now. Nothing is created or migrated on the way.
     */
    default OpenDatabase reopen(ConnectionSpec spec) {
        return connect(spec, ConnectOptions.defaults());
    }

    /**
     * Gives an association of this database another name, kept for the next time it opens; the
     * database is then opened again with it.
     */
    default OpenDatabase renameAssociation(ConnectionSpec spec, String entity, String association, String newName) {
        throw new dev.rowboat.schema.DatabaseException(dev.rowboat.schema.DatabaseException.Kind.INVALID_VALUE,
                "The associations of this connection keep their names.");
    }
}
