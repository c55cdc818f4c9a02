package dev.rowboat.data;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicExtractor;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * Text on SQLite, read without asking {@code wasNull()} after each value: {@code getString} is
 * null exactly when the value is, and sqlite-jdbc answers {@code wasNull} with a native call, one
 * per text cell of every grid page.
 */
final class SqliteVarcharJdbcType extends VarcharJdbcType {
    static final SqliteVarcharJdbcType INSTANCE = new SqliteVarcharJdbcType();

    private SqliteVarcharJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        ValueExtractor<X> standard = super.getExtractor(javaType);
        return new BasicExtractor<>(javaType, this) {
            @Override
            public X extract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                return doExtract(rs, index, options);
            }

            @Override
            protected X doExtract(ResultSet rs, int index, WrapperOptions options) throws SQLException {
                String text = rs.getString(index);
                return text == null ? null : javaType.wrap(text, options);
            }

            @Override
            protected X doExtract(CallableStatement statement, int index, WrapperOptions options) throws SQLException {
                return standard.extract(statement, index, options);
            }

            @Override
            protected X doExtract(CallableStatement statement, String name, WrapperOptions options) throws SQLException {
                return standard.extract(statement, name, options);
            }
        };
    }
}
