package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.diff.Autogenerate;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in microblog's revisions, shipped in the jar under {@value #LOCATION}: "users table",
 * "posts table", "followers", "profiles", "tags", generated with Rowboat's own autogenerate. The
 * embedded default database is created by applying them.
 */
public final class MicroblogHistory {
    private static final Logger LOG = LoggerFactory.getLogger(MicroblogHistory.class);

    /** Where the revisions live on the classpath ({@code versions/index.txt} lists them). */
    public static final String LOCATION = "/migrations/microblog";

    /**
     * The history's head, known without reading its files: a database already there is the usual
     * start, and reading the revisions' YAML to learn it cost the window's start a tenth of its
     * early thread. A test holds it to the files.
     */
    static final String HEAD = "7d77a1e38516";

    /** What {@link #bringToHead} found and did. */
    public enum Outcome {
        /** The database had no tables: every revision was applied. */
        CREATED,
        /** It had a version table and some revisions were pending: they were applied. */
        UPGRADED,
        /** Already at the head. */
        UP_TO_DATE,
        /** Tables made before there was a history (Hibernate's create), matching the model: stamped at the head. */
        STAMPED,
        /** Tables without a version table that do not match the model: left as they are. */
        LEFT_UNVERSIONED
    }

    private MicroblogHistory() {
    }

    public static MigrationRepository repository() {
        return MigrationRepository.classpath(LOCATION);
    }

    /**
     * Brings a database meant for the built-in model to the head of the history: creates an empty
     * one, upgrades one that is behind, and adopts one the older Rowboat made with Hibernate's
     * create by stamping it, but only when autogenerate finds it equal to the model.
     *
     * @throws MigrationException when a revision fails or the database cannot be read
     */
    public static Outcome bringToHead(ConnectionSource source, Dbms dbms) {
        Migrations migrations = Migrations.open(repository(), source, dbms);
        boolean versioned;
        SchemaSnapshot live;
        try (Connection c = source.open()) {
            versioned = SqlTables.exists(c, VersionStore.VERSION);
            live = versioned ? null : LiveSchemaReader.read(c, dbms);
        } catch (SQLException e) {
            throw new MigrationException(MigrationException.Kind.DATABASE, "Could not read the database: " + e.getMessage(), e);
        }
        if (versioned) {
            if (migrations.current().equals(java.util.Set.of(HEAD))) {
                return Outcome.UP_TO_DATE;
            }
            MigrationStatus status = migrations.status();
            if (status.pending().isEmpty() || !status.unknown().isEmpty()) {
                return Outcome.UP_TO_DATE;
            }
            migrations.upgrade("head", MigrationListener.NONE);
            return Outcome.UPGRADED;
        }
        boolean empty = live.tables().stream().allMatch(t -> t.name().toLowerCase(Locale.ROOT).startsWith("rowboat_"));
        if (empty) {
            migrations.upgrade("head", MigrationListener.NONE);
            return Outcome.CREATED;
        }
        Candidate candidate;
        try (Connection c = source.open()) {
            SchemaSnapshot model = ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, dbms);
            candidate = Autogenerate.run(c, dbms, model, new SchemaSnapshot(List.of()));
        } catch (SQLException e) {
            throw new MigrationException(MigrationException.Kind.DATABASE, "Could not read the database: " + e.getMessage(), e);
        }
        if (!candidate.isEmpty()) {
            LOG.warn("The database has tables but no version table, and differs from the model ({}): left unversioned",
                    candidate.summary());
            return Outcome.LEFT_UNVERSIONED;
        }
        migrations.stamp("head");
        return Outcome.STAMPED;
    }
}
