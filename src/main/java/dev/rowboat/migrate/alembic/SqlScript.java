package dev.rowboat.migrate.alembic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written SQL as the statements {@code op.execute} can take one at a time: SQLite's and
 * MySQL's Python drivers refuse several in one call. Splits at semicolons outside quotes and
 * comments; a script with PostgreSQL dollar quotes or a trigger body is left whole, since its
 * inner semicolons are not statement ends.
 */
final class SqlScript {
    private SqlScript() {
    }

    static List<String> statements(String sql) {
        String lower = sql.toLowerCase(Locale.ROOT);
        if (sql.contains("$$") || lower.contains("trigger") || lower.contains("begin")) {
            return List.of(sql.strip());
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = i + 1;
            if (c == '\'' || c == '"' || c == '`') {
                end = sql.indexOf(c, i + 1);
                end = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("--", i)) {
                end = sql.indexOf('\n', i);
                end = end < 0 ? sql.length() : end;
            } else if (sql.startsWith("/*", i)) {
                end = sql.indexOf("*/", i + 2);
                end = end < 0 ? sql.length() : end + 2;
            } else if (c == ';') {
                add(out, current);
                current.setLength(0);
                i++;
                continue;
            }
            // a doubled quote inside a literal closes and reopens it: the split is unchanged
            current.append(sql, i, end);
            i = end;
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder statement) {
        String s = statement.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
