package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.diff.Step.Phase;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The differences of one table that both the model and the database have: columns, then
 * constraints. A column the model lacks is dropped only when the owned table (what Rowboat's
 * revisions made of it) has it; others are noted and left.
 */
final class TableDiff {
    private final TableSpec model;
    private final TableSpec live;
    private final Optional<TableSpec> owned;
    private final Dbms dbms;
    final List<Step> steps = new ArrayList<>();
    final List<RenameQuestion> renames = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    private TableDiff(TableSpec model, TableSpec live, Optional<TableSpec> owned, Dbms dbms) {
        this.model = model;
        this.live = live;
        this.owned = owned;
        this.dbms = dbms;
    }

    /** @param owned the table as Rowboat's applied revisions made it, if they did */
    static TableDiff compare(TableSpec model, TableSpec live, Optional<TableSpec> owned, Dbms dbms, LiveNames names) {
        TableDiff diff = new TableDiff(model, live, owned, dbms);
        diff.columns();
        diff.primaryKey();
        diff.steps.addAll(ConstraintDiff.compare(model, live, owned, names, diff.comparesForeignKeys()));
        return diff;
    }

    private void columns() {
        String table = live.name();
        List<ColumnSpec> added = new ArrayList<>();
        List<ColumnSpec> dropped = new ArrayList<>();
        for (ColumnSpec wanted : model.columns()) {
            live.column(wanted.name()).ifPresentOrElse(
                    existing -> alter(table, wanted.withName(existing.name()), existing),
                    () -> added.add(wanted));
        }
        for (ColumnSpec existing : live.columns()) {
            if (model.column(existing.name()).isPresent()) {
                continue;
            }
            if (owned.flatMap(t -> t.column(existing.name())).isPresent()) {
                dropped.add(existing);
            } else {
                notes.add("column " + table + "." + existing.name() + " is not mapped and no revision made it, left alone");
            }
        }
        for (ColumnSpec column : added) {
            steps.add(new Step(Phase.ADD_COLUMN, new AddColumn(table, column), new DropColumn(table, column.name())));
            if (!column.nullable() && column.defaultSql() == null && !column.autoIncrement()) {
                warnings.add("adds column `" + column.name() + "` to " + table
                        + " as NOT NULL without a default: rows that exist need a value, or the upgrade fails");
            }
        }
        for (ColumnSpec column : dropped) {
            steps.add(new Step(Phase.DROP_COLUMN, new DropColumn(table, column.name()), new AddColumn(table, column)));
            for (ColumnSpec candidate : added) {
                if (TypeEquivalence.same(candidate.type(), column.type(), dbms)) {
                    renames.add(RenameQuestion.column(table, column.name(), candidate.name()));
                }
            }
        }
    }

    private void alter(String table, ColumnSpec wanted, ColumnSpec existing) {
        boolean identity = wanted.autoIncrement() || existing.autoIncrement();
        boolean sameType = TypeEquivalence.same(wanted.type(), existing.type(), dbms);
        // Identity columns read back with the sequence or generator as their default; that is no change.
        boolean sameDefault = identity || DefaultSql.same(wanted.defaultSql(), existing.defaultSql());
        // A key column cannot hold NULL whatever was declared (SQLite reports its rowid key as nullable).
        boolean key = live.primaryKey().stream().anyMatch(k -> k.equalsIgnoreCase(existing.name()));
        boolean sameNullability = key || wanted.nullable() == existing.nullable();
        if (sameType && sameNullability && sameDefault) {
            return;
        }
        steps.add(new Step(Phase.ALTER_COLUMN, new AlterColumn(table, existing, wanted), new AlterColumn(table, wanted, existing)));
    }

    /**
     * Hibernate creates SQLite tables without foreign keys (adding them needs a table rebuild it
     * does not do), so a file Rowboat made itself has none; proposing to rebuild every table on
     * each autogenerate would bury the real changes. Such tables are noted instead.
     */
    private boolean comparesForeignKeys() {
        if (dbms == Dbms.SQLITE && live.foreignKeys().isEmpty() && !model.foreignKeys().isEmpty()) {
            notes.add("table " + live.name() + " has no foreign keys in this SQLite file (Hibernate leaves them out there);"
                    + " the model's " + model.foreignKeys().size() + " are not added: add them by hand if wanted");
            return false;
        }
        return true;
    }

    private void primaryKey() {
        List<String> wanted = lower(model.primaryKey());
        List<String> existing = lower(live.primaryKey());
        if (!wanted.equals(existing) && !existing.isEmpty()) {
            warnings.add("primary key of " + live.name() + " changes from (" + String.join(", ", existing) + ") to ("
                    + String.join(", ", wanted) + "): autogenerate does not write that; add it to the revision by hand");
        }
    }

    static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }
}
