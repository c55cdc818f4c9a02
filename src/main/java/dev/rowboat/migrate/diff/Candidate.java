package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.schema.ColumnSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * What autogenerate proposes: a revision's two directions, warnings about data it would lose,
 * renames to ask about, and notes (tables left alone). Empty when the model and database agree.
 *
 * @param downgrade the exact inverse of {@code upgrade}, in reverse order
 */
public record Candidate(List<Operation> upgrade, List<Operation> downgrade, List<String> warnings,
                        List<RenameQuestion> renames, List<String> notes) {
    public Candidate {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        warnings = List.copyOf(warnings);
        renames = List.copyOf(renames);
        notes = List.copyOf(notes);
    }

    public Candidate(List<Operation> upgrade, List<Operation> downgrade, List<String> warnings, List<RenameQuestion> renames) {
        this(upgrade, downgrade, warnings, renames, List.of());
    }

    /** No change to write: the model and the database agree. */
    public boolean isEmpty() {
        return upgrade.isEmpty();
    }

    /** One line for the panel and the CLI: {@code no changes: ...} or what the revision would do. */
    public String summary() {
        if (isEmpty()) {
            return "no changes: the database matches the model, nothing to write";
        }
        return upgrade.size() + (upgrade.size() == 1 ? " change" : " changes")
                + (warnings.isEmpty() ? "" : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings"))
                + (renames.isEmpty() ? "" : ", " + renames.size() + (renames.size() == 1 ? " rename to confirm" : " renames to confirm"));
    }

    public Candidate withWarnings(List<String> more) {
        List<String> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Candidate(upgrade, downgrade, all, renames, notes);
    }

    /**
     * Renames instead of dropping and adding, in both directions, so the values stay. Questions
     * that involve the same names are answered with it; the data-loss warning for the drop goes.
     */
    public Candidate accept(RenameQuestion rename) {
        if (!renames.contains(rename)) {
            throw new IllegalArgumentException("not a question of this candidate: " + rename.question());
        }
        List<Operation> up;
        List<Operation> down;
        if (rename.kind() == RenameQuestion.Kind.COLUMN) {
            ColumnSpec dropped = addedIn(downgrade, rename.table(), rename.from());
            ColumnSpec added = addedIn(upgrade, rename.table(), rename.to());
            up = renameColumnUp(rename, dropped, added);
            down = renameColumnDown(rename, dropped, added);
        } else {
            up = renameTable(upgrade, rename.from(), rename.to());
            down = renameTable(downgrade, rename.to(), rename.from());
        }
        List<RenameQuestion> open = renames.stream()
                .filter(q -> q.kind() != rename.kind() || !java.util.Objects.equals(q.table(), rename.table())
                        || (!q.from().equals(rename.from()) && !q.to().equals(rename.to())))
                .toList();
        String lost = DataLossCheck.subjectOf(rename.kind() == RenameQuestion.Kind.COLUMN
                ? new DropColumn(rename.table(), rename.from()) : new DropTable(rename.from()));
        List<String> kept = warnings.stream().filter(w -> !w.startsWith(lost)).toList();
        return new Candidate(up, down, kept, open, notes);
    }

    private static ColumnSpec addedIn(List<Operation> ops, String table, String column) {
        return ops.stream().filter(op -> op instanceof AddColumn add && add.table().equalsIgnoreCase(table)
                        && add.column().name().equalsIgnoreCase(column))
                .map(op -> ((AddColumn) op).column()).findFirst().orElseThrow();
    }

    /** The rename goes where the drop was, followed by whatever else the added column's definition changes. */
    private List<Operation> renameColumnUp(RenameQuestion q, ColumnSpec dropped, ColumnSpec added) {
        List<Operation> result = new ArrayList<>();
        for (Operation op : upgrade) {
            if (op instanceof AddColumn add && add.table().equalsIgnoreCase(q.table()) && add.column().name().equalsIgnoreCase(q.to())) {
                continue;
            }
            if (op instanceof DropColumn drop && drop.table().equalsIgnoreCase(q.table()) && drop.column().equalsIgnoreCase(q.from())) {
                result.add(new RenameColumn(q.table(), q.from(), q.to()));
                if (!dropped.withName(q.to()).equals(added)) {
                    result.add(new AlterColumn(q.table(), dropped.withName(q.to()), added));
                }
                continue;
            }
            result.add(op);
        }
        return result;
    }

    private List<Operation> renameColumnDown(RenameQuestion q, ColumnSpec dropped, ColumnSpec added) {
        List<Operation> result = new ArrayList<>();
        for (Operation op : downgrade) {
            if (op instanceof DropColumn drop && drop.table().equalsIgnoreCase(q.table()) && drop.column().equalsIgnoreCase(q.to())) {
                continue;
            }
            if (op instanceof AddColumn add && add.table().equalsIgnoreCase(q.table()) && add.column().name().equalsIgnoreCase(q.from())) {
                if (!dropped.withName(q.to()).equals(added)) {
                    result.add(new AlterColumn(q.table(), added, dropped.withName(q.to())));
                }
                result.add(new RenameColumn(q.table(), q.to(), q.from()));
                continue;
            }
            result.add(op);
        }
        return result;
    }

    private static List<Operation> renameTable(List<Operation> ops, String from, String to) {
        List<Operation> result = new ArrayList<>();
        for (Operation op : ops) {
            if (op instanceof CreateTable create && create.table().name().equalsIgnoreCase(to)) {
                continue;
            }
            result.add(op instanceof DropTable drop && drop.table().equalsIgnoreCase(from) ? new RenameTable(from, to) : op);
        }
        return result;
    }
}
