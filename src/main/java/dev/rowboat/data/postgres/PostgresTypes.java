package dev.rowboat.data.postgres;

import org.hibernate.boot.MetadataBuilder;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.type.descriptor.java.StringJavaType;
import org.hibernate.type.internal.NamedBasicTypeImpl;

/** The basic types Rowboat adds to Hibernate's on PostgreSQL, and what other layers need to know of them. */
public final class PostgresTypes {
    /** The name a mapping gives the type of a column kept in a native type and edited as text: {@link NativeTextJdbcType}. */
    public static final String NATIVE_TEXT = "rowboat_pg_native_text";

    private PostgresTypes() {
    }

    public static void register(MetadataBuilder builder) {
        builder.applyBasicType(new NamedBasicTypeImpl<>(StringJavaType.INSTANCE, NativeTextJdbcType.INSTANCE, NATIVE_TEXT), NATIVE_TEXT);
    }

    /**
     * Whether values of this mapping are text of a native type, which has no = (json), no lower()
     * and no like: compared, sorted and filtered as {@code cast(column as text)}.
     */
    public static boolean isNativeText(JdbcMapping mapping) {
        return mapping != null && mapping.getJdbcType() instanceof NativeTextJdbcType;
    }
}
