package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hibernate.type.descriptor.java.IntegerJavaType;
import org.hibernate.type.descriptor.java.StringJavaType;
import org.junit.jupiter.api.Test;

/** JSON and XML columns are text in Rowboat: Hibernate's format mapper passes their text through unchanged. */
class TextFormatMapperTest {
    private static final String DOCUMENT = "{\"b\": [1, 2], \"a\": \"x\"}";

    @Test
    void textPassesThroughBothWaysAsWritten() {
        assertThat(TextFormatMapper.INSTANCE.fromString(DOCUMENT, StringJavaType.INSTANCE, null)).isEqualTo(DOCUMENT);
        assertThat(TextFormatMapper.INSTANCE.toString(DOCUMENT, StringJavaType.INSTANCE, null)).isEqualTo(DOCUMENT);
    }

    @Test
    void aValueThatIsNotTextIsRefusedWithASentence() {
        assertThatThrownBy(() -> TextFormatMapper.INSTANCE.fromString("42", IntegerJavaType.INSTANCE, null))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("as text");
        assertThatThrownBy(() -> TextFormatMapper.INSTANCE.toString(42, IntegerJavaType.INSTANCE, null))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("java.lang.Integer");
    }
}
