package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.SchemaDiff;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Builds the first revision of a history from a database's tables as the live schema reader sees them. */
final class Baselines {
    private Baselines() {
    }

    static Baseline plan(Connection c, Ownership ownership, MigrationDialect dialect, MigrationRepository repository, String id,
                         String message) throws SQLException {
        requireAdoptable(ownership, repository);
        SchemaSnapshot live = dialect.readSchema(c);
        SchemaSnapshot tables = new SchemaSnapshot(live.tables().stream().filter(t -> !SqlTables.bookkeeping(t.name())).toList());
        Candidate creating = SchemaDiff.creating(tables);
        Revision revision = new Revision(id, List.of(), message, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                creating.upgrade(), creating.downgrade());
        List<String> created = creating.upgrade().stream().filter(CreateTable.class::isInstance)
                .map(op -> ((CreateTable) op).table().name()).toList();
        return new Baseline(revision, repository.fileOf(revision), created);
    }

    /** @throws MigrationException READ_ONLY for a classpath repository, REPOSITORY for one that has revisions */
    static void requireEmptyWritable(MigrationRepository repository) {
        if (!repository.writable()) {
            throw new MigrationException(Kind.READ_ONLY, repository.location() + " is read-only: a baseline starts a history "
                    + "in a folder of yours (--dir FOLDER, or a folder chosen in the panel)");
        }
        int revisions = repository.revisionsIfAny().size();
        if (revisions > 0) {
            throw new MigrationException(Kind.REPOSITORY, repository.location() + " already has " + revisions
                    + (revisions == 1 ? " revision" : " revisions") + ": a baseline is the first revision of a new history. "
                    + "Choose an empty folder.");
        }
    }

    /** @throws MigrationException REPOSITORY where Rowboat's version table is already: the database has a history */
    static void requireAdoptable(Ownership ownership, MigrationRepository repository) {
        if (ownership == Ownership.VERSIONED) {
            throw new MigrationException(Kind.REPOSITORY, "This database has Rowboat's version table (rowboat_version) already, so it has "
                    + "a history: a baseline is for a database without one. Nothing was written to " + repository.location()
                    + ". To record a change of its schema, autogenerate a revision instead.");
        }
    }
}
