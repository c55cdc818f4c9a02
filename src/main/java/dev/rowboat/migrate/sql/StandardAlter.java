package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.schema.ColumnSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * ALTER COLUMN one property at a time, as H2 and PostgreSQL take it: only what differs between
 * the previous and the new definition is changed.
 */
final class StandardAlter {
    private StandardAlter() {
    }

    /** {@code typeClause} is "SET DATA TYPE " or "TYPE "; {@code using} adds PostgreSQL's cast. */
    static List<String> render(AbstractDialect d, AlterColumn o, ColumnSpec previous, String typeClause, boolean using) {
        ColumnSpec next = o.column();
        String alter = d.alterTable(o.table()) + "ALTER COLUMN " + d.quote(next.name()) + " ";
        List<String> statements = new ArrayList<>();
        if (previous == null || !previous.type().equals(next.type())) {
            String type = d.columnType(next.type());
            boolean cast = using && previous != null && previous.type().kind() != next.type().kind();
            statements.add(alter + typeClause + type + (cast ? " USING " + d.quote(next.name()) + "::" + type : ""));
        }
        if (previous == null || previous.nullable() != next.nullable()) {
            statements.add(alter + (next.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (previous == null || !Objects.equals(previous.defaultSql(), next.defaultSql())) {
            if (next.defaultSql() == null) {
                if (previous == null || previous.defaultSql() != null) {
                    statements.add(alter + "DROP DEFAULT");
                }
            } else {
                statements.add(alter + "SET DEFAULT " + d.defaultSql(next));
            }
        }
        if (previous != null && previous.autoIncrement() != next.autoIncrement()) {
            if (!next.autoIncrement() && using) {
                // PostgreSQL: an identity (older Rowboat) or a SERIAL's sequence default (SQLAlchemy, Rowboat now)
                statements.add(alter + "DROP IDENTITY IF EXISTS");
                statements.add(alter + "DROP DEFAULT");
            } else if (!next.autoIncrement()) {
                statements.add(alter + "DROP IDENTITY");
            } else if (using) {
                // as SERIAL makes it (the sequence a dropped SERIAL default left behind is taken up again)
                String table = d.quote(o.table());
                String column = d.quote(next.name());
                String sequence = d.quote(o.table() + "_" + next.name() + "_seq");
                String literal = "'" + sequence.replace("'", "''") + "'";
                statements.add("CREATE SEQUENCE IF NOT EXISTS " + sequence + " OWNED BY " + table + "." + column);
                statements.add(alter + "SET DEFAULT nextval(" + literal + "::regclass)");
                // move it past the rows already there
                statements.add("SELECT setval(" + literal + ", coalesce(max(" + column + "), 0) + 1, false) FROM " + table);
            } else {
                throw new UnsupportedOperationException("H2 cannot make the existing column " + o.table() + "."
                        + next.name() + " an identity column; create a new table and copy the rows instead");
            }
        }
        return statements;
    }

    static ColumnSpec previous(AlterColumn o, dev.rowboat.schema.SchemaSnapshot before) {
        if (o.previous() != null) {
            return o.previous();
        }
        return before.table(o.table()).flatMap(t -> t.column(o.column().name())).orElse(null);
    }
}
