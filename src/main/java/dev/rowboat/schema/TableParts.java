package dev.rowboat.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a reader has gathered about one table so far; becomes a {@link TableSpec}. */
final class TableParts {
    final String name;
    final List<ColumnSpec> columns = new ArrayList<>();
    final Map<Integer, String> primaryKey = new TreeMap<>();
    /** constraint/index name -> position -> column, in the order positions were met. */
    final Map<String, Map<Integer, String>> uniques = new LinkedHashMap<>();
    final Map<String, Map<Integer, String>> indexes = new LinkedHashMap<>();
    final Map<String, Boolean> indexUnique = new LinkedHashMap<>();
    final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();

    /** Starts the key of a constraint the database keeps no name for; its spec's name is null. */
    static final String UNNAMED = "\u0000unnamed:";

    TableParts(String name) {
        this.name = name;
    }

    static final class ForeignKeyParts {
        final Map<Integer, String> columns = new TreeMap<>();
        final Map<Integer, String> refColumns = new TreeMap<>();
        String refTable;
        String onDelete;
    }

    TableSpec toSpec() {
        List<UniqueSpec> uniqueSpecs = new ArrayList<>();
        uniques.forEach((n, cols) -> uniqueSpecs.add(new UniqueSpec(n, name, sorted(cols))));
        List<IndexSpec> indexSpecs = new ArrayList<>();
        indexes.forEach((n, cols) -> indexSpecs.add(new IndexSpec(n, name, sorted(cols), indexUnique.get(n))));
        List<ForeignKeySpec> fks = new ArrayList<>();
        foreignKeys.forEach((n, fk) -> fks.add(new ForeignKeySpec(n.startsWith(UNNAMED) ? null : n, name, List.copyOf(fk.columns.values()),
                fk.refTable, List.copyOf(fk.refColumns.values()), fk.onDelete)));
        return ReadBackForm.canonical(new TableSpec(name, columns, List.copyOf(primaryKey.values()), uniqueSpecs, fks, indexSpecs));
    }

    private static List<String> sorted(Map<Integer, String> byPosition) {
        return List.copyOf(new TreeMap<>(byPosition).values());
    }
}
