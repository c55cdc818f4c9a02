package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.diff.Step.Phase;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Orders new tables so that each is created after the tables its foreign keys refer to; where
 * tables refer to each other in a cycle, the keys that close it are added once all exist.
 */
final class TableOrder {
    /** Tables in creation order (foreign keys to live names), and the keys left for later. */
    record Creation(List<TableSpec> tables, List<Step> deferredForeignKeys) {
    }

    private TableOrder() {
    }

    static Creation creation(List<TableSpec> tables, LiveNames names) {
        List<TableSpec> pending = new ArrayList<>(tables);
        List<TableSpec> ordered = new ArrayList<>();
        List<Step> deferred = new ArrayList<>();
        while (!pending.isEmpty()) {
            Set<String> waiting = lowerNames(pending);
            TableSpec next = pending.stream().filter(t -> refersTo(t, waiting).isEmpty()).findFirst().orElse(null);
            if (next == null) {
                // A cycle: create the first without the keys into it, and add those at the end.
                TableSpec first = pending.get(0);
                List<ForeignKeySpec> cyclic = refersTo(first, waiting);
                cyclic.forEach(fk -> {
                    ForeignKeySpec spec = names.foreignKey(fk);
                    deferred.add(new Step(Phase.ADD_FOREIGN_KEY, new AddForeignKey(spec), new DropForeignKey(spec.table(), spec.name())));
                });
                List<ForeignKeySpec> rest = first.foreignKeys().stream().filter(fk -> !cyclic.contains(fk)).toList();
                next = new TableSpec(first.name(), first.columns(), first.primaryKey(), first.uniques(), rest, first.indexes());
                pending.remove(first);
            } else {
                pending.remove(next);
            }
            ordered.add(withLiveReferences(next, names));
        }
        return new Creation(ordered, deferred);
    }

    /** Tables to drop, each before the tables it refers to. */
    static List<TableSpec> dropping(List<TableSpec> tables) {
        List<TableSpec> created = new ArrayList<>(creation(tables, new LiveNames(new dev.rowboat.schema.SchemaSnapshot(List.of()))).tables());
        java.util.Collections.reverse(created);
        return created.stream().map(t -> tables.stream().filter(o -> o.name().equals(t.name())).findFirst().orElseThrow()).toList();
    }

    /** Keys of {@code table} into other tables of {@code others} (a key into itself is no obstacle). */
    private static List<ForeignKeySpec> refersTo(TableSpec table, Set<String> others) {
        String self = table.name().toLowerCase(Locale.ROOT);
        return table.foreignKeys().stream()
                .filter(fk -> !fk.refTable().equalsIgnoreCase(self) && others.contains(fk.refTable().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static TableSpec withLiveReferences(TableSpec table, LiveNames names) {
        List<ForeignKeySpec> keys = table.foreignKeys().stream()
                .map(fk -> new ForeignKeySpec(fk.name(), fk.table(), fk.columns(), names.table(fk.refTable()),
                        names.columns(fk.refTable(), fk.refColumns()), fk.onDelete()))
                .toList();
        return new TableSpec(table.name(), table.columns(), table.primaryKey(), table.uniques(), keys, table.indexes());
    }

    private static Set<String> lowerNames(List<TableSpec> tables) {
        return tables.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
