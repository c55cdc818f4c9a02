package dev.rowboat.migrate;

import dev.rowboat.data.Dbms;
import dev.rowboat.migrate.MigrationException.Kind;
import dev.rowboat.migrate.diff.Autogenerate;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.migrate.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Autogenerate on a repository ({@code db migrate}, {@code db check}, the panel's Autogenerate):
 * the database must stand at the head, so the candidate is the difference between the model and
 * what the history produced; tables the history created are the only unmapped ones it may drop.
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
     * @throws MigrationException NOT_UP_TO_DATE when revisions are pending (their changes would
     *                            be written twice), DATABASE when the schema cannot be read
     */
    public Candidate draft(SchemaSnapshot model) {
        MigrationStatus status = migrations.status();
        if (!status.unknown().isEmpty() || !status.pending().isEmpty()) {
            throw new MigrationException(Kind.NOT_UP_TO_DATE, "The database is not at the head of " + migrations.repository().location()
                    + " (" + status.pending().size() + " pending): upgrade first, so the new revision does not repeat them");
        }
        try (Connection c = source.open()) {
            return Autogenerate.run(c, dbms, model, ownedTables(migrations.graph()));
        } catch (SQLException e) {
            throw new MigrationException(Kind.DATABASE, "Could not read the database: " + e.getMessage(), e);
        }
    }

    /** Writes the candidate as a revision after the current head; nothing when it is empty. */
    public java.util.Optional<Revision> write(String message, Candidate candidate) {
        if (candidate.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(migrations.writeRevision(message, candidate.upgrade(), candidate.downgrade()));
    }

    /** Tables created by the history's upgrades and still there at its heads (lower case). */
    static Set<String> ownedTables(RevisionGraph graph) {
        Set<String> owned = new LinkedHashSet<>();
        for (Revision r : graph.revisions()) {
            for (Operation op : r.upgrade()) {
                if (op instanceof CreateTable create) {
                    owned.add(lower(create.table().name()));
                } else if (op instanceof DropTable drop) {
                    owned.remove(lower(drop.table()));
                } else if (op instanceof RenameTable rename && owned.remove(lower(rename.from()))) {
                    owned.add(lower(rename.to()));
                }
            }
        }
        return Set.copyOf(owned);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** For tests and the CLI: whether the model and database differ. */
    public boolean differs(SchemaSnapshot model) {
        return !draft(model).isEmpty();
    }

    static List<String> names(Set<String> tables) {
        return List.copyOf(tables);
    }
}
