package dev.rowboat.data.sqlite;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.JdbcType;

/**
 * Reads a SQLite value as its text, whatever its storage class (SQLite gives integers and reals as
 * their decimal text), without asking {@code wasNull()} after it: {@code getString} is null
 * exactly when the value is (see {@link SqliteCellExtractor}; {@code getObject} too would be a
 * native call).
 */
abstract class SqliteTextExtractor<X> extends SqliteCellExtractor<X> {
    SqliteTextExtractor(JavaType<X> javaType, JdbcType jdbcType) {
        super(javaType, jdbcType);
    }

    /** The Java value of a stored, non-null text. */
    abstract X fromText(String text, WrapperOptions options) throws SQLException;

    @Override
    protected final X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
        String text = rs.getString(index);
        return text == null ? null : fromText(text, options);
    }
}
