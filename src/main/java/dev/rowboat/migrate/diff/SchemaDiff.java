package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.diff.Step.Phase;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares the schema the entity model wants with the one a database has and proposes a
 * revision both ways. What the model does not know is dropped only when Rowboat's own history
 * made it: a table, column, index, unique constraint or foreign key is dropped only when the
 * owned schema (what the applied revisions' upgrades create, replayed on an empty schema) has it
 * too. Everything else in the database (another program's tables and columns, another tool's
 * version table) is left alone and noted.
 */
public final class SchemaDiff {
    /** Version and lock tables of Rowboat and of other migration tools: never dropped. */
    static final Set<String> PROTECTED = Set.of("rowboat_version", "rowboat_lock", "rowboat_history",
            "alembic_version", "flyway_schema_history", "databasechangelog", "databasechangeloglock", "django_migrations");

    private SchemaDiff() {
    }

    /**
     * @param owned the schema Rowboat's applied revisions create: the only tables, columns, indexes,
     *              constraints and foreign keys the candidate may drop (empty: it drops nothing)
     */
    public static Candidate compare(SchemaSnapshot model, SchemaSnapshot live, SchemaSnapshot owned, Dbms dbms) {
        LiveNames names = new LiveNames(live);
        List<Step> steps = new ArrayList<>();
        List<RenameQuestion> renames = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        List<TableSpec> created = new ArrayList<>();
        for (TableSpec wanted : model.tables()) {
            live.table(wanted.name()).ifPresentOrElse(existing -> {
                TableDiff diff = TableDiff.compare(wanted, existing, owned.table(existing.name()), dbms, names);
                steps.addAll(diff.steps);
                renames.addAll(diff.renames);
                warnings.addAll(diff.warnings);
                notes.addAll(diff.notes);
            }, () -> created.add(wanted));
        }
        List<TableSpec> dropped = new ArrayList<>();
        for (TableSpec existing : live.tables()) {
            String lower = existing.name().toLowerCase(Locale.ROOT);
            if (model.table(existing.name()).isPresent() || lower.startsWith("sqlite_") || lower.startsWith("rowboat_")) {
                continue;
            }
            if (owned.table(existing.name()).isPresent() && !PROTECTED.contains(lower)) {
                dropped.add(existing);
            } else {
                notes.add("table " + existing.name() + " is not mapped, left alone");
            }
        }
        TableOrder.Creation creation = TableOrder.creation(created, names);
        creation.tables().forEach(t -> steps.add(new Step(Phase.CREATE_TABLE, new CreateTable(t), new DropTable(t.name()))));
        steps.addAll(creation.deferredForeignKeys());
        for (TableSpec table : TableOrder.dropping(dropped)) {
            steps.add(new Step(Phase.DROP_TABLE, new DropTable(table.name()), new CreateTable(table)));
        }
        for (TableSpec table : created) {
            for (TableSpec gone : dropped) {
                if (sameColumns(table, gone, dbms)) {
                    renames.add(RenameQuestion.table(gone.name(), table.name()));
                }
            }
        }
        return candidate(steps, warnings, renames, notes);
    }

    /**
     * A revision that creates {@code schema} on an empty database (tables in an order their foreign
     * keys allow) and drops it again: the baseline of a database whose tables Rowboat did not make.
     */
    public static Candidate creating(SchemaSnapshot schema) {
        TableOrder.Creation creation = TableOrder.creation(schema.tables(), new LiveNames(new SchemaSnapshot(List.of())));
        List<Step> steps = new ArrayList<>();
        creation.tables().forEach(t -> steps.add(new Step(Phase.CREATE_TABLE, new CreateTable(t), new DropTable(t.name()))));
        steps.addAll(creation.deferredForeignKeys());
        return candidate(steps, List.of(), List.of(), List.of());
    }

    static Candidate candidate(List<Step> steps, List<String> warnings, List<RenameQuestion> renames, List<String> notes) {
        List<Step> ordered = steps.stream().sorted(Comparator.comparing(Step::phase)).toList();
        List<Operation> upgrade = ordered.stream().map(Step::up).toList();
        List<Operation> downgrade = new ArrayList<>(ordered.stream().map(Step::down).toList());
        java.util.Collections.reverse(downgrade);
        return new Candidate(upgrade, downgrade, warnings, renames, notes);
    }

    /** A table renamed keeps its columns: the same names and types. */
    private static boolean sameColumns(TableSpec model, TableSpec live, Dbms dbms) {
        if (model.columns().size() != live.columns().size()) {
            return false;
        }
        for (ColumnSpec column : model.columns()) {
            if (live.column(column.name()).filter(c -> TypeEquivalence.same(column.type(), c.type(), dbms)).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
