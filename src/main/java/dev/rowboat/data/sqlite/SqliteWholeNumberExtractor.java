package dev.rowboat.data.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Reads a whole number on SQLite asking {@code wasNull()} only when the driver read 0, which is
 * what it gives for NULL: every id and key of a grid page is read this way (see {@link SqliteCellExtractor}).
 */
final class SqliteWholeNumberExtractor<X> extends SqliteCellExtractor<X> {
    SqliteWholeNumberExtractor(JavaType<X> javaType, JdbcType jdbcType) {
        super(javaType, jdbcType);
    }

    @Override
    protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
        long value = rs.getLong(index);
        return value == 0 && rs.wasNull() ? null : getJavaType().wrap(value, options);
    }
}
