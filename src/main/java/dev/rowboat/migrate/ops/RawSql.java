package dev.rowboat.migrate.ops;

import java.util.Map;

/**
 * SQL written by hand, for data changes. {@code byDatabase} holds variants keyed by database
 * ({@code h2}, {@code sqlite}, {@code postgresql}, {@code mariadb}); {@code sql} is for the rest.
 */
public record RawSql(String sql, Map<String, String> byDatabase) implements Operation {
    public RawSql {
        byDatabase = byDatabase == null ? Map.of() : Map.copyOf(byDatabase);
    }

    public static RawSql of(String sql) {
        return new RawSql(sql, Map.of());
    }

    @Override
    public String describe() {
        String first = (sql == null ? byDatabase.values().iterator().next() : sql).strip();
        int end = first.indexOf('\n');
        return "sql: " + (end < 0 ? first : first.substring(0, end) + " …");
    }
}
