package dev.rowboat.migrate.sql;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.hibernate.engine.jdbc.env.spi.AnsiSqlKeywords;

/**
 * When a name needs quotes: it is a reserved word in any of the four databases, or it is not a
 * plain lower-case name (H2 and PostgreSQL would fold its case otherwise). One list for all, so
 * the same revision quotes the same names on every database. The SQL:2003 keywords are in it too,
 * because Hibernate (with {@code auto_quote_keyword}) quotes them: on H2 a column {@code timestamp}
 * made unquoted would be {@code TIMESTAMP}, which Hibernate's {@code "timestamp"} does not find.
 */
final class Identifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = withAnsiKeywords(
            "all", "alter", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "binary", "both", "by", "case", "cast", "change", "check", "collate", "column", "constraint",
            "create", "cross", "current_catalog", "current_date", "current_path", "current_role", "current_schema",
            "current_time", "current_timestamp", "current_user", "database", "databases", "day", "default",
            "deferrable", "delete", "desc", "describe", "distinct", "div", "do", "drop", "else", "end", "except",
            "exists", "explain", "false", "fetch", "for", "foreign", "from", "full", "grant", "group", "groups",
            "having", "hour", "if", "ilike", "in", "index", "inner", "insert", "intersect", "interval", "into", "is",
            "join", "key", "keys", "leading", "left", "like", "limit", "localtime", "localtimestamp", "lock",
            "minus", "minute", "mod", "month", "natural", "not", "null", "offset", "on", "only", "or", "order",
            "outer", "over", "partition", "placing", "primary", "qualify", "range", "read", "references", "regexp",
            "rename", "replace", "returning", "right", "row", "rownum", "rows", "schema", "second", "select",
            "session_user", "set", "show", "some", "symmetric", "system_user", "table", "then", "to", "top",
            "trailing", "trigger", "true", "union", "unique", "unknown", "update", "usage", "user", "using",
            "value", "values", "when", "where", "window", "with", "write", "year", "_rowid_");

    private Identifiers() {
    }

    private static Set<String> withAnsiKeywords(String... words) {
        Set<String> all = new HashSet<>(Set.of(words));
        new AnsiSqlKeywords().sql2003().forEach(k -> all.add(k.toLowerCase(Locale.ROOT)));
        return Set.copyOf(all);
    }

    static boolean needsQuoting(String identifier) {
        return !PLAIN.matcher(identifier).matches() || RESERVED.contains(identifier);
    }
}
