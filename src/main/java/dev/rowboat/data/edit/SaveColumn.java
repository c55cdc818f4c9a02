package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeInfo;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * One editable column of an entity's table, as Hibernate renders and binds it.
 *
 * @param sql the column name as Hibernate writes it in SQL (quoted where the dialect needs it)
 * @param jdbc how Hibernate binds and renders its values (SQLite's timestamps included)
 * @param javaType the type its values have: the attribute's, or the target id's for a to-one
 * @param sqlType the JDBC type code of the column ({@link org.hibernate.type.SqlTypes})
 */
record SaveColumn(AttributeInfo info, String sql, JdbcMapping jdbc, Class<?> javaType, int sqlType,
                  Integer precision, Integer scale) {

    String name() {
        return info.name();
    }
}
