package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.alembic.PyExpr.Dict;
import dev.rowboat.migrate.alembic.PyExpr.Num;
import dev.rowboat.migrate.alembic.PyExpr.Seq;
import dev.rowboat.migrate.alembic.PyExpr.Str;
import dev.rowboat.migrate.ops.RawSql;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code op.bulk_insert(sa.table('t', sa.column('a'), ...), [{'a': 1}, ...])} as INSERT statements
 * with SQL literals, one {@link RawSql} a row (drivers run one statement a call). Columns go in the table's order, as SQLAlchemy's insert does; a name that
 * needs quoting gets double quotes, and backticks in a MariaDB variant.
 */
final class BulkInsert {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("user", "order", "group", "select", "table", "from", "where", "to",
            "key", "index", "check", "default", "column", "limit", "desc", "asc", "by", "references", "primary", "unique", "end");

    private BulkInsert() {
    }

    static List<RawSql> read(Args a, Env env) {
        a.only(Set.of("table", "rows", "multiinsert"));
        PyExpr tableExpr = a.get(0, "table");
        if (!(tableExpr instanceof Call t && (t.callee().endsWith(".table") || t.callee().equals("table")))) {
            throw new PyUnsupported("bulk_insert into a table Rowboat cannot see (not an sa.table(...) of this function)");
        }
        Args table = new Args(t, env).only(Set.of("schema"));
        OpReader.defaultSchema(table);
        String name = table.string(0, "name");
        List<String> columns = new ArrayList<>();
        for (PyExpr c : table.rest(1)) {
            if (!(c instanceof Call col && col.callee().endsWith("column"))) {
                throw new PyUnsupported("a table column Rowboat does not read");
            }
            columns.add(new Args(col, env).string(0, "text"));
        }
        if (!(a.get(1, "rows") instanceof Seq rows)) {
            throw new PyUnsupported("bulk_insert of rows computed in Python");
        }
        List<String> plain = new ArrayList<>();
        List<String> backticked = new ArrayList<>();
        for (PyExpr row : rows.items()) {
            Map<String, String> values = row(env.resolve(row), env, columns);
            List<String> names = columns.stream().filter(values::containsKey).toList();
            String tail = ") VALUES (" + String.join(", ", names.stream().map(values::get).toList()) + ")";
            plain.add("INSERT INTO " + quote(name, '"') + " (" + String.join(", ", names.stream().map(n -> quote(n, '"')).toList()) + tail);
            backticked.add("INSERT INTO " + quote(name, '`') + " (" + String.join(", ", names.stream().map(n -> quote(n, '`')).toList()) + tail);
        }
        if (plain.isEmpty()) {
            throw new PyUnsupported("bulk_insert of no rows");
        }
        List<RawSql> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            String sql = plain.get(i);
            out.add(new RawSql(sql, sql.equals(backticked.get(i)) ? Map.of() : Map.of("mariadb", backticked.get(i))));
        }
        return out;
    }

    private static Map<String, String> row(PyExpr row, Env env, List<String> columns) {
        if (!(row instanceof Dict d)) {
            throw new PyUnsupported("a bulk_insert row that is not a literal dict");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < d.keys().size(); i++) {
            String key = Args.string(d.keys().get(i), env);
            if (!columns.contains(key)) {
                throw new PyUnsupported("a bulk_insert value for " + key + ", which the table does not list");
            }
            values.put(key, literal(env.resolve(d.values().get(i))));
        }
        return values;
    }

    /** TRUE/FALSE rather than 1/0: all four databases read them, and PostgreSQL refuses 1 for a boolean. */
    static String literal(PyExpr v) {
        if (v instanceof Str s) {
            return SqlLiterals.string(s.value());
        }
        if (v instanceof Const c) {
            return c.value() == null ? "NULL" : SqlLiterals.bool(c.value());
        }
        if (v instanceof Num n) {
            String text = n.text().toLowerCase(Locale.ROOT);
            boolean negative = text.startsWith("-");
            String digits = negative ? text.substring(1) : text;
            String value;
            if (digits.startsWith("0x") || digits.startsWith("0o") || digits.startsWith("0b")) {
                int radix = digits.charAt(1) == 'x' ? 16 : digits.charAt(1) == 'o' ? 8 : 2;
                value = new BigInteger(digits.substring(2), radix).toString();
            } else if (digits.endsWith("j")) {
                throw new PyUnsupported("a complex number");
            } else {
                value = new BigDecimal(digits).toString().equals(digits) ? digits : new BigDecimal(digits).toPlainString();
            }
            return negative ? "-" + value : value;
        }
        throw new PyUnsupported("a bulk_insert value Rowboat cannot write as SQL (dates, JSON and the like)");
    }

    private static String quote(String name, char quote) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return quote + name.replace(String.valueOf(quote), String.valueOf(quote).repeat(2)) + quote;
    }
}
