package dev.rowboat.data.transfer;

import dev.rowboat.schema.Dbms;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Identifiers and values as one database's SQL writes them: names quoted (MariaDB with
 * backticks), strings with their quotes doubled (and MariaDB's backslash escaped, which it reads as
 * an escape by default), binary as {@code X'..'} or PostgreSQL's {@code '\x..'::bytea}, booleans as
 * the database keeps them, date-times as quoted ISO text with a space before the time (what all
 * four read into a date-time column).
 */
final class SqlLiterals {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** H2's keywords that a plain name may not be unquoted as (H2 2.x's reserved list, the usual ones). */
    private static final Set<String> H2_RESERVED = Set.of("all", "and", "any", "array", "as", "asymmetric", "authorization",
            "between", "both", "case", "cast", "check", "constraint", "cross", "current_catalog", "current_date", "current_path",
            "current_role", "current_schema", "current_time", "current_timestamp", "current_user", "day", "default", "distinct",
            "else", "end", "except", "exists", "false", "fetch", "for", "foreign", "from", "full", "group", "groups", "having",
            "hour", "if", "ilike", "in", "inner", "intersect", "interval", "is", "join", "key", "leading", "left", "like", "limit",
            "localtime", "localtimestamp", "minus", "minute", "month", "natural", "not", "null", "offset", "on", "or", "order",
            "over", "partition", "primary", "qualify", "range", "regexp", "right", "row", "rownum", "rows", "second", "select",
            "session_user", "set", "some", "symmetric", "system_user", "table", "to", "top", "trailing", "true", "uescape",
            "union", "unique", "unknown", "user", "using", "value", "values", "when", "where", "window", "with", "year");

    private final Dbms dbms;

    private SqlLiterals(Dbms dbms) {
        this.dbms = dbms;
    }

    static SqlLiterals of(Dbms dbms) {
        return new SqlLiterals(dbms);
    }

    /**
     * A table or column name. On H2 a plain lower-case name that is no keyword stays unquoted, so
     * H2 folds it to upper case as it did when the table was created without quotes; every other
     * name is quoted as it is.
     */
    String identifier(String name) {
        if (dbms == Dbms.MARIADB) {
            return '`' + name.replace("`", "``") + '`';
        }
        if (dbms == Dbms.H2 && PLAIN.matcher(name).matches() && !H2_RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    String value(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Boolean b) {
            return dbms == Dbms.SQLITE ? (b ? "1" : "0") : b.toString().toUpperCase(Locale.ROOT);
        }
        if (ValueText.isNumber(value)) {
            return ValueText.of(value, ValueText.Binary.BASE64);
        }
        if (value instanceof byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes);
            return dbms == Dbms.POSTGRESQL ? "'\\x" + hex + "'::bytea" : "X'" + hex + "'";
        }
        if (value instanceof LocalDateTime || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return string(ValueText.of(value, ValueText.Binary.BASE64).replaceFirst("T", " "));
        }
        return string(ValueText.of(value, ValueText.Binary.BASE64));
    }

    private String string(String text) {
        String escaped = text.replace("'", "''");
        if (dbms == Dbms.MARIADB) {
            escaped = escaped.replace("\\", "\\\\");
        }
        return "'" + escaped + "'";
    }
}
