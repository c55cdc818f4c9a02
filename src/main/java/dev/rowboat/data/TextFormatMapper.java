package dev.rowboat.data;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * Hibernate's JSON and XML format mapper for Rowboat, whose JSON and XML columns are read and
 * written as text: strings pass through, as they do through Hibernate's own mappers, and nothing
 * is turned into objects. Without it Hibernate makes a Jackson mapper for every session factory,
 * with a search for Jackson's modules, which cost each start tens of milliseconds for nothing.
 */
final class TextFormatMapper implements FormatMapper {
    static final TextFormatMapper INSTANCE = new TextFormatMapper();

    private TextFormatMapper() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T fromString(CharSequence text, JavaType<T> javaType, WrapperOptions options) {
        if (javaType.getJavaTypeClass() == String.class) {
            return (T) text.toString();
        }
        throw unsupported(javaType);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        if (value instanceof String text) {
            return text;
        }
        throw unsupported(javaType);
    }

    private static UnsupportedOperationException unsupported(JavaType<?> javaType) {
        return new UnsupportedOperationException("Rowboat reads JSON and XML as text; it does not turn them into "
                + javaType.getJavaTypeClass().getName());
    }
}
