package dev.rowboat.migrate.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits hand-written SQL into statements at semicolons outside quotes, comments and
 * PostgreSQL dollar-quoted bodies; JDBC drivers run one statement per call (SQLite silently
 * ignores the rest). A {@code CREATE TRIGGER} body's semicolons are kept up to its {@code END}.
 */
final class SqlStatements {
    private SqlStatements() {
    }

    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char ch = script.charAt(i);
            if (ch == '\'' || ch == '"' || ch == '`') {
                int end = closing(script, i + 1, ch);
                current.append(script, i, end);
                i = end;
            } else if (ch == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (ch == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (ch == '$' && dollarTag(script, i) != null) {
                String tag = dollarTag(script, i);
                int end = script.indexOf(tag, i + tag.length());
                end = end < 0 ? n : end + tag.length();
                current.append(script, i, end);
                i = end;
            } else if (ch == ';' && !insideTrigger(current)) {
                add(statements, current);
                current.setLength(0);
                i++;
            } else {
                current.append(ch);
                i++;
            }
        }
        add(statements, current);
        return statements;
    }

    private static int closing(String s, int from, char quote) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    private static String dollarTag(String s, int at) {
        int end = s.indexOf('$', at + 1);
        if (end < 0) {
            return null;
        }
        String tag = s.substring(at, end + 1);
        return tag.matches("\\$[A-Za-z_0-9]*\\$") ? tag : null;
    }

    private static boolean insideTrigger(StringBuilder current) {
        String text = current.toString().strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        return text.matches("CREATE (TEMP |TEMPORARY )?TRIGGER .*") && !text.matches("(?s).*\\bEND")
                && text.matches("(?s).*\\bBEGIN\\b.*");
    }

    private static void add(List<String> statements, StringBuilder current) {
        String sql = current.toString().strip();
        if (!sql.isEmpty()) {
            statements.add(sql);
        }
    }
}
