package dev.rowboat.data;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Reads a whole number on SQLite asking {@code wasNull()} only when the driver read 0, which is
 * what it gives for NULL: sqlite-jdbc answers {@code wasNull} with a native call, and Hibernate's
 * extractor asks it after every value, so every id and key of a grid page paid for it.
 */
final class SqliteWholeNumberExtractor<X> extends BasicExtractor<X> {
    private final ValueExtractor<X> standard;

    SqliteWholeNumberExtractor(JavaType<X> javaType, JdbcType jdbcType, ValueExtractor<X> standard) {
        super(javaType, jdbcType);
        this.standard = standard;
    }

    @Override
    public X extract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
        return doExtract(rs, index, options);
    }

    @Override
    protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
        long value = rs.getLong(index);
        return value == 0 && rs.wasNull() ? null : getJavaType().wrap(value, options);
    }

    @Override
    protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
        return standard.extract(statement, index, options);
    }

    @Override
    protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
        return standard.extract(statement, name, options);
    }
}
