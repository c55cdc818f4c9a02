package dev.rowboat.data.postgres;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * Text of a PostgreSQL type that has no Java counterpart (json, jsonb, an enum type), read as
 * text and bound untyped ({@link Types#OTHER}): PostgreSQL refuses a varchar parameter for such
 * a column ("column is of type jsonb but expression is of type character varying"), while an
 * untyped one it casts to the column's type, and refuses if the text does not fit it.
 *
 * <p>Never contributed to the JDBC type registry (it would replace VARCHAR for every column):
 * only the basic type {@link PostgresTypes#NATIVE_TEXT} uses it, named by the columns that need it.
 */
public final class NativeTextJdbcType extends VarcharJdbcType {
    public static final NativeTextJdbcType INSTANCE = new NativeTextJdbcType();

    private NativeTextJdbcType() {
    }

    @Override
    public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
        return new BasicBinder<>(javaType, this) {
            @Override
            protected void doBind(PreparedStatement st, X value, int index, WrapperOptions options) throws SQLException {
                st.setObject(index, javaType.unwrap(value, String.class, options), Types.OTHER);
            }

            @Override
            protected void doBind(CallableStatement st, X value, String name, WrapperOptions options) throws SQLException {
                st.setObject(name, javaType.unwrap(value, String.class, options), Types.OTHER);
            }

            @Override
            protected void doBindNull(PreparedStatement st, int index, WrapperOptions options) throws SQLException {
                st.setNull(index, Types.OTHER); // a NULL typed varchar is refused for a jsonb column too
            }

            @Override
            protected void doBindNull(CallableStatement st, String name, WrapperOptions options) throws SQLException {
                st.setNull(name, Types.OTHER);
            }
        };
    }

    @Override
    public String getFriendlyName() {
        return "NATIVE_TEXT";
    }
}
