package dev.rowboat.migrate.diff;

import dev.rowboat.migrate.diff.Step.Phase;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unique constraints, indexes and foreign keys of one table, compared by what they cover rather
 * than by name: Hibernate names unnamed ones with hashes, databases name the ones they make
 * themselves, and a unique constraint and a unique index forbid the same rows. What the model
 * lacks is dropped only when the owned table (what Rowboat's revisions made) has it too.
 */
final class ConstraintDiff {
    private ConstraintDiff() {
    }

    static List<Step> compare(TableSpec model, TableSpec live, Optional<TableSpec> owned, LiveNames names, boolean foreignKeys) {
        Map<String, Step> wanted = new LinkedHashMap<>();
        for (UniqueSpec unique : model.uniques()) {
            UniqueSpec spec = names.unique(unique);
            wanted.putIfAbsent(uniqueKey(spec.columns()), new Step(Phase.ADD_INDEX, new AddUnique(spec), new DropUnique(spec.table(), spec.name())));
        }
        for (IndexSpec index : model.indexes()) {
            IndexSpec spec = names.index(index);
            String key = index.unique() ? uniqueKey(spec.columns()) : indexKey(spec.columns());
            wanted.putIfAbsent(key, new Step(Phase.ADD_INDEX, new CreateIndex(spec), new DropIndex(spec.table(), spec.name())));
        }
        for (ForeignKeySpec fk : foreignKeys ? model.foreignKeys() : List.<ForeignKeySpec>of()) {
            ForeignKeySpec spec = names.foreignKey(fk);
            wanted.putIfAbsent(foreignKeyKey(spec), new Step(Phase.ADD_FOREIGN_KEY, new AddForeignKey(spec), new DropForeignKey(spec.table(), spec.name())));
        }
        Map<String, Step> existing = existing(live);
        Set<String> ownedKeys = owned.map(t -> existing(t).keySet()).orElse(Set.of());
        List<Step> steps = new ArrayList<>();
        wanted.forEach((key, step) -> {
            if (!existing.containsKey(key)) {
                steps.add(step);
            }
        });
        existing.forEach((key, step) -> {
            if (!wanted.containsKey(key) && step != null && ownedKeys.contains(key)) {
                steps.add(step);
            }
        });
        return steps;
    }

    /**
     * What the database has, as drops; null for what it keeps on its own and autogenerate must
     * not drop: the primary key's index, and the index MariaDB and H2 make for a foreign key.
     */
    private static Map<String, Step> existing(TableSpec live) {
        Map<String, Step> existing = new LinkedHashMap<>();
        String primaryKey = uniqueKey(live.primaryKey());
        for (ForeignKeySpec fk : live.foreignKeys()) {
            existing.putIfAbsent(foreignKeyKey(fk), new Step(Phase.DROP_FOREIGN_KEY, new DropForeignKey(fk.table(), fk.name()), new AddForeignKey(fk)));
        }
        for (UniqueSpec unique : live.uniques()) {
            String key = uniqueKey(unique.columns());
            existing.putIfAbsent(key, key.equals(primaryKey) ? null
                    : new Step(Phase.DROP_INDEX, new DropUnique(unique.table(), unique.name()), new AddUnique(unique)));
        }
        for (IndexSpec index : live.indexes()) {
            String key = index.unique() ? uniqueKey(index.columns()) : indexKey(index.columns());
            boolean automatic = key.equals(primaryKey) || (!index.unique() && backsForeignKey(index, live));
            existing.putIfAbsent(key, automatic ? null
                    : new Step(Phase.DROP_INDEX, new DropIndex(index.table(), index.name()), new CreateIndex(index)));
        }
        return existing;
    }

    private static boolean backsForeignKey(IndexSpec index, TableSpec live) {
        List<String> columns = TableDiff.lower(index.columns());
        return live.foreignKeys().stream().anyMatch(fk -> TableDiff.lower(fk.columns()).equals(columns));
    }

    private static String uniqueKey(List<String> columns) {
        return "unique " + TableDiff.lower(columns);
    }

    private static String indexKey(List<String> columns) {
        return "index " + TableDiff.lower(columns);
    }

    private static String foreignKeyKey(ForeignKeySpec fk) {
        return "fk " + TableDiff.lower(fk.columns()) + " -> " + fk.refTable().toLowerCase(Locale.ROOT)
                + TableDiff.lower(fk.refColumns()) + " " + onDelete(fk.onDelete());
    }

    /** NO ACTION and RESTRICT are what a database does without a clause. */
    private static String onDelete(String action) {
        String a = action == null ? "" : action.trim().toUpperCase(Locale.ROOT);
        return a.equals("NO ACTION") || a.equals("RESTRICT") ? "" : a;
    }
}
