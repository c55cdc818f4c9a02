package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.ConnectionSpec;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.ui.main.DatabaseConnector;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens databases with the built-in microblog model. The embedded default is created on first
 * start with the sample in it; a new file the person agreed to create gets the model's tables.
 */
public final class MicroblogConnector implements DatabaseConnector {
    private static final Logger LOG = LoggerFactory.getLogger(MicroblogConnector.class);

    private final DatabaseOpener opener;
    private final ConnectionSpec defaultDatabase;

    public MicroblogConnector(ConnectionSpec defaultDatabase, boolean statistics) {
        this.opener = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, statistics);
        this.defaultDatabase = defaultDatabase;
    }

    @Override
    public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options) {
        boolean isDefault = spec.equals(defaultDatabase);
        boolean isNewFile = spec.databaseFile().map(file -> !Files.exists(file)).orElse(false);
        if (isDefault && isNewFile) {
            spec.databaseFile().ifPresent(file -> createParent(file.getParent()));
        }
        OpenDatabase db = opener.open(spec, isDefault ? options.allowingCreate() : options);
        if (isNewFile) {
            db.createTablesIfEmpty();
            if (isDefault) {
                db.inTransaction(SampleData::populateNamed);
                LOG.info("Created the embedded sample database at {}", spec.databaseFile().orElseThrow());
            }
        }
        return db;
    }

    private static void createParent(java.nio.file.Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new dev.rowboat.data.DatabaseException(dev.rowboat.data.DatabaseException.Kind.PERMISSION_DENIED,
                    "Could not create the folder " + folder + " for the default database: " + e.getMessage(), e);
        }
    }
}
