package dev.rowboat.data.edit;

import dev.rowboat.data.edit.SaveStatement.Bind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.type.SqlTypes;

/**
 * What a save runs, in order: the inserts (Hibernate writes those, so that ids are generated and
 * the model's defaults apply), then the UPDATE and DELETE statements. Each UPDATE and DELETE
 * names its row by id and carries the values the person saw, or the version where the entity has
 * one, so that a row changed by someone else matches nothing instead of being overwritten.
 */
record SavePlan(List<RowEdit> edits, List<Integer> inserts, List<SaveStatement> statements) {
    /** Large objects cannot be compared with = on every database; their changes go unchecked. */
    private static final Set<Integer> INCOMPARABLE = Set.of(SqlTypes.BLOB, SqlTypes.CLOB, SqlTypes.NCLOB,
            SqlTypes.SQLXML, SqlTypes.JSON, SqlTypes.LONG32VARBINARY, SqlTypes.MATERIALIZED_BLOB, SqlTypes.MATERIALIZED_CLOB);

    /** Plans edits that {@link EditValidator} found no problem with. */
    static SavePlan of(List<RowEdit> edits, SaveTables tables) {
        List<Integer> inserts = new ArrayList<>();
        List<SaveStatement> statements = new ArrayList<>();
        for (int index : SaveOrder.of(edits, tables)) {
            RowEdit edit = edits.get(index);
            SaveTable table = tables.find(edit.entity()).orElseThrow();
            if (edit instanceof InsertRow) {
                inserts.add(index);
            } else if (edit instanceof UpdateRow update && !update.changed().isEmpty()) {
                statements.add(update(index, update, table));
            } else if (edit instanceof DeleteRow delete) {
                statements.add(delete(index, delete, table));
            }
        }
        return new SavePlan(List.copyOf(edits), List.copyOf(inserts), List.copyOf(statements));
    }

    private static SaveStatement update(int index, UpdateRow update, SaveTable table) {
        List<Bind> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder(64).append("UPDATE ").append(table.sql()).append(" SET ");
        String separator = "";
        for (Map.Entry<String, Object> change : update.changed().entrySet()) {
            SaveColumn column = table.column(change.getKey());
            sql.append(separator).append(column.sql()).append(" = ?");
            binds.add(new Bind(column, ValueCheck.normalize(column, change.getValue())));
            separator = ", ";
        }
        SaveColumn version = versionChecked(table, update.original());
        if (version != null) {
            sql.append(", ").append(version.sql()).append(" = ").append(nextVersion(version));
        }
        sql.append(" WHERE ");
        condition(sql, binds, table, update.id(), update.original(), update.changed().keySet(), version);
        return new SaveStatement(index, sql.toString(), binds);
    }

    private static SaveStatement delete(int index, DeleteRow delete, SaveTable table) {
        List<Bind> binds = new ArrayList<>();
        StringBuilder sql = new StringBuilder(64).append("DELETE FROM ").append(table.sql()).append(" WHERE ");
        condition(sql, binds, table, delete.id(), delete.original(), delete.original().keySet(), versionChecked(table, delete.original()));
        return new SaveStatement(index, sql.toString(), binds);
    }

    private static void condition(StringBuilder sql, List<Bind> binds, SaveTable table, Object id, Map<String, Object> original,
                                  Set<String> compared, SaveColumn version) {
        sql.append(table.id().sql()).append(" = ?");
        binds.add(new Bind(table.id(), ValueCheck.normalize(table.id(), id)));
        if (version != null) {
            sql.append(" AND ").append(version.sql()).append(" = ?");
            binds.add(new Bind(version, ValueCheck.normalize(version, original.get(version.name()))));
            return;
        }
        for (String name : compared) {
            SaveColumn column = table.column(name);
            if (column == null || column == table.id() || !original.containsKey(name) || INCOMPARABLE.contains(column.sqlType())) {
                continue;
            }
            Object value = original.get(name);
            sql.append(" AND ").append(column.sql());
            if (value == null) {
                sql.append(" IS NULL");
            } else {
                sql.append(" = ?");
                binds.add(new Bind(column, ValueCheck.normalize(column, value)));
            }
        }
    }

    /** The version column when the person's original values include it; without it the values are compared. */
    private static SaveColumn versionChecked(SaveTable table, Map<String, Object> original) {
        SaveColumn version = table.version();
        return version != null && original.get(version.name()) != null ? version : null;
    }

    private static String nextVersion(SaveColumn version) {
        return Number.class.isAssignableFrom(version.javaType()) || version.javaType().isPrimitive()
                ? version.sql() + " + 1" : "CURRENT_TIMESTAMP";
    }
}
