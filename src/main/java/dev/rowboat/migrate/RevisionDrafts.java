package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Autogenerate;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.SchemaDiff;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Autogenerate on a repository ({@code db migrate}, {@code db check}, the panel's Autogenerate):
 * the database must stand at the head, so the candidate is the difference between the model and
 * what the history produced. It drops only what the history's applied revisions made
 * ({@link #ownedSchema}); whatever else the database holds is not the model's to remove.
 */
public final class RevisionDrafts {
    private final Migrations migrations;
    private final ConnectionSource source;
    private final Dbms dbms;

    public RevisionDrafts(Migrations migrations, ConnectionSource source, Dbms dbms) {
        this.migrations = migrations;
        this.source = source;
        this.dbms = dbms;
    }

    /**
     * The changes that would bring the database to {@code model}.
     *
     * @throws MigrationException NOT_OWNED for another tool's database, UNVERSIONED for tables
     *                            without a version table while the repository has revisions,
     *                            NOT_UP_TO_DATE when revisions are pending (their changes would
     *                            be written twice), DATABASE when the schema cannot be read
     */
    public Candidate draft(SchemaSnapshot model) {
        SchemaSnapshot owned = ownedAtHead();
        try (Connection c = source.open()) {
            return Autogenerate.run(c, dbms, model, owned);
        } catch (SQLException e) {
            throw new MigrationException(Kind.DATABASE, "Could not read the database: " + e.getMessage(), e);
        }
    }

    /**
     * Drift, for a project without an entity model here (an Alembic project's models are Python):
     * what the database has that the schema as of the history's head has not, as the changes that
     * would bring a database at the head to it. The database itself has them already, so nothing
     * is counted as lost; a revision written from it is stamped, not run, on this database.
     *
     * @throws MigrationException as {@link #draft}
     */
    public Candidate drift() {
        SchemaSnapshot head = ownedAtHead();
        try (Connection c = source.open()) {
            SchemaSnapshot live = LiveSchemaReader.read(c, dbms);
            SchemaSnapshot tables = new SchemaSnapshot(live.tables().stream().filter(t -> !SqlTables.bookkeeping(t.name())).toList());
            return SchemaDiff.compare(tables, head, head, dbms);
        } catch (SQLException e) {
            throw new MigrationException(Kind.DATABASE, "Could not read the database: " + e.getMessage(), e);
        }
    }

    private SchemaSnapshot ownedAtHead() {
        MigrationStatus status = migrations.status();
        if (status.ownership() == Ownership.UNVERSIONED && !status.revisions().isEmpty()) {
            VersionBook.of(migrations.repository().format()).requireRunnable(status.ownership(), migrations.repository().location());
        }
        if (!status.unknown().isEmpty() || !status.pending().isEmpty()) {
            throw new MigrationException(Kind.NOT_UP_TO_DATE, "The database is not at the head of " + migrations.repository().location()
                    + " (" + status.pending().size() + " pending): upgrade first, so the new revision does not repeat them");
        }
        return ownedSchema(migrations.graph(), Set.copyOf(status.current()), migrations.dialect());
    }


    /** Writes the candidate as a revision after the current head; nothing when it is empty. */
    public java.util.Optional<Revision> write(String message, Candidate candidate) {
        if (candidate.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(migrations.writeRevision(message, candidate.upgrade(), candidate.downgrade()));
    }

    /**
     * Writes a {@link #drift} candidate as a revision after the head and records this database at
     * it, since the database has its changes already; nothing when it is empty.
     */
    public java.util.Optional<Revision> writeDrift(String message, Candidate candidate) {
        java.util.Optional<Revision> written = write(message, candidate);
        written.ifPresent(r -> migrations.stamp(r.id()));
        return written;
    }

    /**
     * The schema the revisions applied at {@code current} create: their upgrades replayed, in
     * order, on an empty schema. An operation the replay cannot follow (on a table raw SQL made)
     * is skipped, so what it touched does not count as Rowboat's.
     */
    static SchemaSnapshot ownedSchema(RevisionGraph graph, Set<String> current, MigrationDialect dialect) {
        Set<String> applied = graph.ancestors(current.stream().filter(graph::contains).collect(Collectors.toSet()));
        SchemaSnapshot schema = new SchemaSnapshot(List.of());
        for (Revision r : graph.revisions()) {
            if (!applied.contains(r.id())) {
                continue;
            }
            for (Operation op : r.upgrade()) {
                try {
                    schema = dialect.apply(schema, op);
                } catch (RuntimeException e) {
                    // not knowable from the history: left out of what Rowboat may drop
                }
            }
        }
        return schema;
    }

    /** For tests and the CLI: whether the model and database differ. */
    public boolean differs(SchemaSnapshot model) {
        return !draft(model).isEmpty();
    }
}
