package dev.rowboat.schema;

import java.util.List;

/** A named unique constraint (as opposed to a unique index). */
public record UniqueSpec(String name, String table, List<String> columns) {
    public UniqueSpec {
        columns = List.copyOf(columns);
    }
}
