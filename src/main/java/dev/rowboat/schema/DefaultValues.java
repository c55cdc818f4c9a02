package dev.rowboat.schema;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling for a column default, whichever database reported it: PostgreSQL's casts
 * ({@code 'draft'::character varying}) and parentheses go, MariaDB's {@code current_timestamp(6)}
 * and {@code NULL}-for-none are folded, numbers and booleans get one form.
 */
final class DefaultValues {
    private static final Pattern TRAILING_CAST =
            Pattern.compile("::\\s*\"?[a-zA-Z_][a-zA-Z0-9_ ]*\"?(\\(\\s*\\d+\\s*(,\\s*\\d+\\s*)?\\))?(\\[])?$");
    private static final Pattern NOW = Pattern.compile(
            "(?i)(current_timestamp|now|localtimestamp)\\s*(\\(\\s*\\d*\\s*\\))?");
    private static final Pattern QUOTED_NUMBER = Pattern.compile("'(-?\\d+(\\.\\d+)?)'");

    private DefaultValues() {
    }

    /** The normal form of a default for a column of {@code type}; null when there is none. */
    static String normalise(String raw, ColumnType type) {
        if (raw == null) {
            return null;
        }
        String sql = raw.trim();
        String previous;
        do {
            previous = sql;
            sql = TRAILING_CAST.matcher(sql).replaceFirst("").trim();
            if (sql.startsWith("(") && sql.endsWith(")") && wrapsWhole(sql)) {
                sql = sql.substring(1, sql.length() - 1).trim();
            }
        } while (!sql.equals(previous));
        if (sql.isEmpty() || sql.equalsIgnoreCase("null")) {
            return null;
        }
        if (NOW.matcher(sql).matches()) {
            return "CURRENT_TIMESTAMP";
        }
        if (sql.equalsIgnoreCase("current_date") || sql.equalsIgnoreCase("curdate()")) {
            return "CURRENT_DATE";
        }
        TypeKind kind = type == null ? TypeKind.OTHER : type.kind();
        if (kind == TypeKind.BOOLEAN) {
            String b = sql.replace("'", "").toLowerCase(Locale.ROOT);
            if (b.equals("1") || b.equals("true") || b.equals("t")) {
                return "true";
            }
            if (b.equals("0") || b.equals("false") || b.equals("f")) {
                return "false";
            }
        }
        if (isNumeric(kind)) {
            var quoted = QUOTED_NUMBER.matcher(sql);
            String number = quoted.matches() ? quoted.group(1) : sql;
            try {
                return new BigDecimal(number).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException notANumber) {
                return sql;
            }
        }
        return sql;
    }

    private static boolean isNumeric(TypeKind kind) {
        return switch (kind) {
            case SMALLINT, INTEGER, BIGINT, DECIMAL, FLOAT, DOUBLE -> true;
            default -> false;
        };
    }

    /** Whether the first '(' closes at the very end, so "(a) + (b)" keeps its parentheses. */
    private static boolean wrapsWhole(String sql) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (ch == '\'') {
                quoted = !quoted;
            } else if (!quoted && ch == '(') {
                depth++;
            } else if (!quoted && ch == ')') {
                depth--;
                if (depth == 0 && i < sql.length() - 1) {
                    return false;
                }
            }
        }
        return depth == 0;
    }
}
