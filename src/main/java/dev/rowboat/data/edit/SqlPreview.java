package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.sqlite.SqliteTimestamps;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.descriptor.jdbc.JdbcLiteralFormatter;

/**
 * Renders a {@link SavePlan} as the SQL a person reads before saving: the statements in save
 * order, values as literals of the database's dialect. Inserts show every column Hibernate
 * writes, with what the model fills in (an {@code @PrePersist} default); a generated id is left
 * to the database, and a reference to a new row shows as {@code (id of new User #1)}.
 */
final class SqlPreview {
    private final SessionFactoryImplementor factory;
    private final SaveTables tables;
    private final Dialect dialect;

    SqlPreview(SessionFactoryImplementor factory, SaveTables tables) {
        this.factory = factory;
        this.tables = tables;
        this.dialect = factory.getJdbcServices().getDialect();
    }

    List<String> render(SavePlan plan) {
        List<String> lines = new ArrayList<>();
        if (!plan.inserts().isEmpty()) {
            // Nothing is sent: the session only builds instances (connections are taken on first use).
            try (Session session = factory.openSession()) {
                Map<Integer, Object> instances = new HashMap<>();
                for (int index : plan.inserts()) {
                    lines.add(insert(session, (InsertRow) plan.edits().get(index), instances));
                }
            }
        }
        for (SaveStatement statement : plan.statements()) {
            String[] parts = statement.sql().split("\\?", -1);
            StringBuilder sql = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                SaveStatement.Bind bind = statement.binds().get(i - 1);
                sql.append(literal(bind.column(), bind.value())).append(parts[i]);
            }
            lines.add(sql.append(';').toString());
        }
        for (int index : plan.consoleWrites()) {
            ConsoleWrite write = (ConsoleWrite) plan.edits().get(index);
            // HQL is shown as the SQL Hibernate sends for it, after the statement as typed
            lines.add(write.hql() ? "-- " + write.text().replaceAll("\\s+", " ") + "\n" + dev.rowboat.data.console.HqlToSql.of(factory, write.text()) + ";"
                    : write.text() + ";");
        }
        return lines;
    }

    private String insert(Session session, InsertRow row, Map<Integer, Object> instances) {
        SaveTable table = tables.find(row.entity()).orElseThrow();
        EntityPersister persister = table.persister();
        Object instance = NewRows.instance(session, tables, table, row, instances);
        factory.getEventEngine().getCallbackRegistry().preCreate(instance); // as persist will
        instances.put(row.newRowNumber(), instance);
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        Map<String, Object> given = NewRows.withLinkedValues(table, row.values(), ref -> ref);
        for (SaveColumn column : table.columns().values()) {
            if (column == table.id() && table.generatedId() || table.sharesColumns(column)) {
                continue; // the database gives it; or other attributes write its columns, with its values
            }
            Object value;
            if (given.containsKey(column.name()) || column.info().kind() == AttributeKind.TO_ONE) {
                value = given.get(column.name());
            } else if (column == table.id()) {
                value = persister.getIdentifier(instance, session.unwrap(SharedSessionContractImplementor.class));
            } else {
                value = persister.getValue(instance, persister.findAttributeMapping(column.name()).getStateArrayPosition());
                if (value == null && column == table.version()) {
                    value = 0; // Hibernate seeds a numeric version with 0
                }
            }
            Object normalized = value instanceof NewRowRef ? value : ValueCheck.normalize(column, value);
            for (int c = 0; c < column.columns().size(); c++) {
                columns.add(column.columns().get(c).sql());
                values.add(literal(column.columns().get(c), column.valueOf(c, normalized)));
            }
        }
        return "INSERT INTO " + table.sql() + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", values) + ");";
    }

    @SuppressWarnings("unchecked") // the column's formatter renders values of its own Java type, which normalize produced
    private String literal(SaveColumn column, Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof NewRowRef ref) {
            return "(id of new " + ref.entity() + " #" + ref.newRowNumber() + ")";
        }
        Object normalized = ValueCheck.normalize(column, value);
        String sqliteTimestamp = normalized instanceof LocalDateTime time ? SqliteTimestamps.literal(column.jdbc(), time) : null;
        if (sqliteTimestamp != null) {
            return sqliteTimestamp; // in the column's form: text, epoch number or Julian day
        }
        JdbcLiteralFormatter<Object> formatter = (JdbcLiteralFormatter<Object>) column.jdbc().getJdbcLiteralFormatter();
        if (formatter != null) {
            try {
                return formatter.toJdbcLiteral(normalized, dialect, factory.getWrapperOptions());
            } catch (RuntimeException e) {
                // a type without a literal form in this dialect: the plain rendering below reads as well
            }
        }
        if (normalized instanceof Number) {
            return normalized.toString();
        }
        if (normalized instanceof Boolean b) {
            return dialect.toBooleanValueString(b);
        }
        return quote(normalized.toString());
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
