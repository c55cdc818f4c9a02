package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.CompositeId;
import java.util.List;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * One editable column of an entity's table, as Hibernate renders and binds it; or a to-one whose
 * foreign key has several columns, which writes each of its {@code parts}.
 *
 * @param sql the column name as Hibernate writes it in SQL (quoted where the dialect needs it);
 *     for a to-one of several columns, its first part's
 * @param jdbc how Hibernate binds and renders its values (SQLite's timestamps included)
 * @param javaType the type its values have: the attribute's, or the target id's for a to-one
 *     ({@link CompositeId} for a to-one of several columns)
 * @param sqlType the JDBC type code of the column ({@link org.hibernate.type.SqlTypes})
 * @param parts a to-one of several columns: one column per part of the target's composite id, in
 *     the id's order, so that part {@code i} takes the value {@code i} of the {@link CompositeId}
 *     it is set to; empty for one column
 */
record SaveColumn(AttributeInfo info, String sql, JdbcMapping jdbc, Class<?> javaType, int sqlType,
                  Integer precision, Integer scale, List<SaveColumn> parts) {

    SaveColumn(AttributeInfo info, String sql, JdbcMapping jdbc, Class<?> javaType, int sqlType, Integer precision, Integer scale) {
        this(info, sql, jdbc, javaType, sqlType, precision, scale, List.of());
    }

    /** A to-one whose foreign key has several columns, from its parts. */
    static SaveColumn of(AttributeInfo info, List<SaveColumn> parts) {
        SaveColumn first = parts.get(0);
        return new SaveColumn(info, first.sql(), first.jdbc(), CompositeId.class, first.sqlType(), null, null, List.copyOf(parts));
    }

    String name() {
        return info.name();
    }

    /** The columns it writes: itself, or its parts. */
    List<SaveColumn> columns() {
        return parts.isEmpty() ? List.of(this) : parts;
    }

    boolean composite() {
        return !parts.isEmpty();
    }

    /**
     * What one of {@link #columns} is set to when the attribute is set to {@code value}: the value
     * itself, or the part of a composite id (NULL for all parts of NULL; a reference to a new row
     * stays one, bound to that part of the row's id once it is inserted).
     */
    Object valueOf(int column, Object value) {
        if (parts.isEmpty() || value == null || value instanceof NewRowRef) {
            return value;
        }
        return value instanceof CompositeId id && id.size() == parts.size() ? id.get(column) : null;
    }
}
