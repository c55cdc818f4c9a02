package dev.rowboat.data;

import java.sql.CallableStatement;
import java.sql.SQLException;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/** Text on SQLite, read as {@link SqliteTextExtractor} reads: without a native call per cell for wasNull. */
final class SqliteVarcharJdbcType extends VarcharJdbcType {
    static final SqliteVarcharJdbcType INSTANCE = new SqliteVarcharJdbcType();

    private SqliteVarcharJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        ValueExtractor<X> standard = super.getExtractor(javaType);
        return new SqliteTextExtractor<>(javaType, this) {
            @Override
            X fromText(String text, WrapperOptions options) {
                return javaType.wrap(text, options);
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
