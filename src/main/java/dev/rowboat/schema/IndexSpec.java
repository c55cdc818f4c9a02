package dev.rowboat.schema;

import java.util.List;

/** A (possibly unique) index on columns of one table. */
public record IndexSpec(String name, String table, List<String> columns, boolean unique) {
    public IndexSpec {
        columns = List.copyOf(columns);
    }
}
