package dev.rowboat.app;

import dev.rowboat.data.AssociationNames;
import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Progress;
import dev.rowboat.ui.main.DatabaseConnector;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens databases by reflecting their schema, with the built-in microblog's names for its tables. The embedded default is created on first
 * start by applying the built-in history ({@link MicroblogHistory}), with the sample in it, and
 * brought to the head on later starts; a new file the person agreed to create gets the history too.
 */
public final class MicroblogConnector implements DatabaseConnector {
    private static final Logger LOG = LoggerFactory.getLogger(MicroblogConnector.class);

    private static final dev.rowboat.data.reflect.NameHints TUTORIAL = AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES);
    private final boolean statistics;
    private final AssociationNames names;
    /** Writes the sample through the built-in model's classes, before the database is opened by reflection. */
    private final DatabaseOpener sampleWriter;
    private final ConnectionSpec defaultDatabase;

    public MicroblogConnector(ConnectionSpec defaultDatabase, boolean statistics) {
        this(defaultDatabase, statistics, new AssociationNames(new DataLocations(
                defaultDatabase.databaseFile().map(java.nio.file.Path::getParent).orElse(java.nio.file.Path.of("."))).associationNamesFile()));
    }

    public MicroblogConnector(ConnectionSpec defaultDatabase, boolean statistics, AssociationNames names) {
        this.statistics = statistics;
        this.names = names;
        this.sampleWriter = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false);
        this.defaultDatabase = defaultDatabase;
    }

    /** Every database opens by reflection; the tutorial's tables take the built-in model's names, and the person's. */
    private DatabaseOpener opener(ConnectionSpec spec) {
        return new DatabaseOpener(new ReflectedMapping(TUTORIAL.withRenames(names.of(spec.displayUrl()))), statistics);
    }

    @Override
    public OpenDatabase renameAssociation(ConnectionSpec spec, String entity, String association, String newName) {
        names.rename(spec.displayUrl(), entity, association, newName);
        return reopen(spec);
    }

    @Override
    public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options) {
        return connect(spec, options, Progress.NONE);
    }

    @Override
    public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options, Progress progress) {
        if (spec.readOnly()) {
            // Nothing is created, brought to the head or filled: the database is looked at as it is.
            return opener(spec).open(spec, options, progress);
        }
        boolean isDefault = spec.sameDatabase(defaultDatabase);
        if (isDefault) {
            // typed, or chosen from the recent list, without the automatic-server setting: shared all the same
            spec = defaultDatabase.withSafeguards(spec.safeguards());
        }
        boolean isNewFile = spec.missingFile().isPresent();
        if (isDefault && isNewFile) {
            spec.databaseFile().ifPresent(file -> createParent(file.getParent()));
        }
        // The built-in history makes the schema, so the version table says where the database stands
        // and a later release's revisions upgrade it; other people's existing databases are not touched.
        if (isDefault || (isNewFile && options.createIfMissing())) {
            bringToHead(spec);
        }
        if (isNewFile && isDefault) {
            try (OpenDatabase sample = sampleWriter.open(spec, options.allowingCreate())) {
                sample.inTransaction(SampleData::populateNamed);
            }
            LOG.info("Created the embedded sample database at {}", spec.databaseFile().orElseThrow());
        }
        return opener(spec).open(spec, isDefault ? options.allowingCreate() : options, progress);
    }

    @Override
    public OpenDatabase reopen(ConnectionSpec spec) {
        return opener(spec).open(spec, ConnectOptions.defaults()); // no history brought to head: the person just chose where it stands
    }

    private static void bringToHead(ConnectionSpec spec) {
        try {
            MicroblogHistory.Outcome outcome = MicroblogHistory.bringToHead(ConnectionSource.of(spec), spec.dbms());
            if (outcome != MicroblogHistory.Outcome.UP_TO_DATE) {
                LOG.info("Built-in history on {}: {}", spec.displayUrl(), outcome);
            }
        } catch (MigrationException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED,
                    "Could not bring " + spec.displayUrl() + " to the built-in schema: " + e.getMessage(), e);
        }
    }

    private static void createParent(java.nio.file.Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new DatabaseException(DatabaseException.Kind.PERMISSION_DENIED,
                    "Could not create the folder " + folder + " for the default database: " + e.getMessage(), e);
        }
    }
}
