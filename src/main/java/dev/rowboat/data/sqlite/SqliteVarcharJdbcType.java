package dev.rowboat.data.sqlite;

import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/** Text on SQLite, read as {@link SqliteTextExtractor} reads: without a native call per cell for wasNull. */
public final class SqliteVarcharJdbcType extends VarcharJdbcType {
    public static final SqliteVarcharJdbcType INSTANCE = new SqliteVarcharJdbcType();

    private SqliteVarcharJdbcType() {
    }

    @Override
    public <X> ValueExtractor<X> getExtractor(JavaType<X> javaType) {
        return new SqliteTextExtractor<>(javaType, this) {
            @Override
            X fromText(String text, WrapperOptions options) {
                return javaType.wrap(text, options);
            }
        };
    }
}
