package dev.rowboat.migrate.diff;

import java.util.Locale;

/**
 * Column defaults compared as values, not as text: each database reads a default back in its own
 * spelling ({@code 'draft'::character varying}, {@code ('draft')}, {@code current_timestamp()}, {@code NULL}).
 */
final class DefaultSql {
    private DefaultSql() {
    }

    static boolean same(String model, String live) {
        String a = normalise(model);
        String b = normalise(live);
        return a == null ? b == null : a.equals(b);
    }

    /** The default in one spelling, or null for none. */
    static String normalise(String sql) {
        if (sql == null) {
            return null;
        }
        String s = sql.strip();
        while (s.startsWith("(") && s.endsWith(")") && balanced(s.substring(1, s.length() - 1))) {
            s = s.substring(1, s.length() - 1).strip();
        }
        // PostgreSQL's casts of a literal: 'draft'::character varying, 0::smallint
        s = s.replaceAll("::[a-zA-Z ]+(\\(\\d+(,\\d+)?\\))?$", "").strip();
        if (s.isEmpty() || s.equalsIgnoreCase("null")) {
            return null;
        }
        if (s.startsWith("'") && s.endsWith("'") && s.length() >= 2) {
            String inner = s.substring(1, s.length() - 1);
            // MariaDB and H2 may quote a number; the value is the same
            return inner.matches("-?\\d+(\\.\\d+)?") ? number(inner) : "'" + inner + "'";
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "true" -> "1";
            case "false" -> "0";
            case "now()", "current_timestamp()", "current_timestamp", "localtimestamp", "localtimestamp()",
                 "current_timestamp(6)", "localtimestamp(6)" -> "current_timestamp";
            default -> lower.matches("-?\\d+(\\.\\d+)?") ? number(lower) : lower;
        };
    }

    private static String number(String text) {
        return new java.math.BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char c : s.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
