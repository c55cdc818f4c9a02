package dev.rowboat.data.edit;

import dev.rowboat.data.edit.SaveStatement.Bind;
import dev.rowboat.data.postgres.PostgresTypes;
import dev.rowboat.data.sqlite.SqliteTimestamps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.type.SqlTypes;

/**
 * What a save runs, in order: the inserts (Hibernate writes those, so that ids are generated and
 * the model's defaults apply), then the UPDATE statements, the association-table rows of
 * links and unlinks, the DELETE statements, and last the console's statements. Each UPDATE and DELETE
 * names its row by id (each of a composite key's columns) and carries the values the person saw, or the version where the entity has
 * one, so that a row changed by someone else matches nothing instead of being overwritten.
 */
record SavePlan(List<RowEdit> edits, List<Integer> inserts, List<SaveStatement> statements, List<Integer> consoleWrites) {
    /** Large objects cannot be compared with = on every database; their changes go unchecked. */
    private static final Set<Integer> INCOMPARABLE = Set.of(SqlTypes.BLOB, SqlTypes.CLOB, SqlTypes.NCLOB,
            SqlTypes.SQLXML, SqlTypes.JSON, SqlTypes.LONG32VARBINARY, SqlTypes.MATERIALIZED_BLOB, SqlTypes.MATERIALIZED_CLOB);
    private static final char EQUALS = '=';
    private static final char IS_NULL = 'N';
    private static final char UNCHECKED = '-';

    /**
     * What the text of an UPDATE or DELETE depends on: edits of one shape share one SQL string,
     * which keeps planning 10,000 edits cheap and lets the batches group them without re-hashing.
     *
     * @param entity the entity's name (not its SaveTable, a record whose hash would walk the whole mapping)
     * @param conditions one of {@code = N -} per compared attribute: equals, IS NULL, not compared
     */
    private record Shape(String entity, boolean delete, List<String> changed, List<String> compared, String conditions,
                         boolean versioned) {
    }

    /** Plans edits that {@link EditValidator} found no problem with. */
    static SavePlan of(List<RowEdit> edits, SaveTables tables) {
        Map<Shape, String> sqlByShape = new HashMap<>();
        List<Integer> inserts = new ArrayList<>();
        List<SaveStatement> statements = new ArrayList<>();
        List<SaveStatement> deletes = new ArrayList<>();
        List<Integer> consoleWrites = new ArrayList<>();
        for (int index : SaveOrder.of(edits, tables)) {
            RowEdit edit = edits.get(index);
            if (edit instanceof ConsoleWrite) {
                consoleWrites.add(index);
                continue;
            }
            SaveTable table = tables.find(edit.entity()).orElseThrow();
            if (edit instanceof InsertRow) {
                inserts.add(index);
            } else if (edit instanceof UpdateRow update && !update.changed().isEmpty()) {
                statements.add(statement(index, table, false, update.id(), update.changed(), update.original(), sqlByShape));
            } else if (edit instanceof DeleteRow delete) {
                deletes.add(statement(index, table, true, delete.id(), Map.of(), delete.original(), sqlByShape));
            } else if (edit instanceof AssociationEdit association) {
                statements.add(SaveLinks.statement(index, association,
                        SaveLinks.of(tables, association.entity(), association.association()).orElseThrow()));
            }
        }
        // Links after the rows they join are inserted; unlinks before the rows they join are deleted.
        statements.addAll(deletes);
        return new SavePlan(List.copyOf(edits), List.copyOf(inserts), List.copyOf(statements), List.copyOf(consoleWrites));
    }

    private static SaveStatement statement(int index, SaveTable table, boolean delete, Object id, Map<String, Object> changed,
                                           Map<String, Object> original, Map<Shape, String> sqlByShape) {
        List<Bind> binds = new ArrayList<>(changed.size() * 2 + 2);
        Set<String> set = new HashSet<>();
        changed.forEach((name, value) -> {
            SaveColumn column = table.column(name);
            Object normalized = ValueCheck.normalize(column, value);
            for (int c = 0; c < column.columns().size(); c++) {
                if (set.add(column.columns().get(c).sql())) { // a column two attributes write is set once (they agree)
                    binds.add(bind(column, c, normalized));
                }
            }
        });
        for (SaveColumn key : table.key()) {
            binds.add(new Bind(key, ValueCheck.normalize(key, table.keyValue(id, key))));
        }
        SaveColumn version = table.version();
        boolean versioned = version != null && original.get(version.name()) != null;
        List<String> changedNames = List.copyOf(changed.keySet());
        // An update compares the attributes it changes; a delete, every attribute it was given.
        List<String> compared = versioned ? List.of() : delete ? List.copyOf(original.keySet()) : changedNames;
        StringBuilder conditions = new StringBuilder(compared.size());
        if (versioned) {
            binds.add(new Bind(version, ValueCheck.normalize(version, original.get(version.name()))));
        }
        for (String name : compared) {
            SaveColumn column = table.column(name);
            if (column == null || table.isKey(column) || !original.containsKey(name) || INCOMPARABLE.contains(column.sqlType())) {
                conditions.append(UNCHECKED);
            } else if (original.get(name) == null) {
                conditions.append(IS_NULL);
            } else {
                conditions.append(EQUALS);
                Object normalized = ValueCheck.normalize(column, original.get(name));
                for (int c = 0; c < column.columns().size(); c++) {
                    binds.add(bind(column, c, normalized));
                }
            }
        }
        Shape shape = new Shape(table.entity(), delete, changedNames, compared, conditions.toString(), versioned);
        return new SaveStatement(index, sqlByShape.computeIfAbsent(shape, s -> sql(table, s)), binds);
    }

    /** The value of one of a column's {@link SaveColumn#columns}; a new row's id is bound once it is known. */
    private static Bind bind(SaveColumn column, int part, Object value) {
        return new Bind(column.columns().get(part), column.valueOf(part, value), column.composite() && value instanceof NewRowRef ? part : -1);
    }

    private static String sql(SaveTable table, Shape shape) {
        StringBuilder sql = new StringBuilder(64);
        if (shape.delete()) {
            sql.append("DELETE FROM ").append(table.sql());
        } else {
            sql.append("UPDATE ").append(table.sql()).append(" SET ");
            String separator = "";
            Set<String> set = new HashSet<>();
            for (String name : shape.changed()) {
                for (SaveColumn column : table.column(name).columns()) {
                    if (set.add(column.sql())) {
                        sql.append(separator).append(column.sql()).append(" = ?");
                        separator = ", ";
                    }
                }
            }
            if (shape.versioned()) {
                sql.append(", ").append(table.version().sql()).append(" = ").append(nextVersion(table.version()));
            }
        }
        sql.append(" WHERE ");
        for (int i = 0; i < table.key().size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append(table.key().get(i).sql()).append(" = ?");
        }
        if (shape.versioned()) {
            sql.append(" AND ").append(table.version().sql()).append(" = ?");
        }
        for (int i = 0; i < shape.compared().size(); i++) {
            char condition = shape.conditions().charAt(i);
            SaveColumn compared = table.column(shape.compared().get(i));
            if (condition == IS_NULL && compared.composite()) {
                // a link of several columns is empty where any of them is NULL (the key is then not checked)
                sql.append(" AND (").append(String.join(" OR ", compared.columns().stream().map(c -> c.sql() + " IS NULL").toList())).append(')');
            } else if (condition == IS_NULL) {
                sql.append(" AND ").append(compared.sql()).append(" IS NULL");
            } else if (condition == EQUALS) {
                compared.columns().forEach(column -> equals(sql, table, column));
            }
        }
        return sql.toString();
    }

    private static void equals(StringBuilder sql, SaveTable table, SaveColumn column) {
        String sqliteTimestamp = SqliteTimestamps.equalsSql(column.jdbc(), column.sql());
        if (sqliteTimestamp != null) {
            // '2024-05-01 10:00:00' (SQLite's CURRENT_TIMESTAMP, other programs) is the instant
            // Rowboat binds as '2024-05-01 10:00:00.000000': compared as text it never matched,
            // and every edit of such a row was a conflict. julianday() tells milliseconds apart;
            // a column of numbers is compared as numbers.
            sql.append(" AND ").append(sqliteTimestamp);
        } else if (PostgresTypes.isNativeText(column.jdbc())) {
            // PostgreSQL's json has no =; the text read is what the row held (jsonb's in its own spelling)
            sql.append(" AND CAST(").append(column.sql()).append(" AS text) = ?");
        } else {
            boolean collate = table.exactCollation() != null && column.javaType() == String.class;
            sql.append(" AND ").append(column.sql()).append(" = ?");
            if (collate) {
                sql.append(" COLLATE ").append(table.exactCollation());
            }
        }
    }

    private static String nextVersion(SaveColumn version) {
        return Number.class.isAssignableFrom(version.javaType()) || version.javaType().isPrimitive()
                ? version.sql() + " + 1" : "CURRENT_TIMESTAMP";
    }
}
