package dev.rowboat.data.paging;

import static dev.rowboat.schema.DatabaseException.Kind.INVALID_VALUE;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.util.ArrayList;
import java.util.List;

/**
 * An id as a person types it to go to a row: one value; or, for a composite key, its values in
 * the key's order separated by commas ({@code 3, 7}), as {@link CompositeId} shows them. A text
 * key part that holds a comma cannot be typed this way; such a row is found by filtering.
 */
public final class IdText {
    private IdText() {
    }

    public static Object parse(EntityInfo entity, String text) {
        List<AttributeInfo> parts = entity.idAttributes();
        if (parts.size() == 1) {
            return ValueParser.parse(parts.get(0).javaType(), text, entity.name() + " id");
        }
        String[] typed = text.split(",", -1);
        if (typed.length != parts.size()) {
            throw new DatabaseException(INVALID_VALUE, entity.name() + "'s id has " + parts.size() + " parts, " + names(parts)
                    + ": type them in that order, separated by commas, like " + example(parts.size()) + ".");
        }
        List<Object> values = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            AttributeInfo part = parts.get(i);
            String value = part.isText() ? typed[i].strip() : typed[i];
            values.add(ValueParser.parse(part.javaType(), value, entity.name() + "." + part.name()));
        }
        return new CompositeId(values);
    }

    /** What the go-to-id field asks for: {@code id}, or the key's parts, {@code order_id, line_no}. */
    public static String prompt(EntityInfo entity) {
        return entity.compositeId() ? names(entity.idAttributes()) : entity.id().name();
    }

    private static String names(List<AttributeInfo> parts) {
        return String.join(", ", parts.stream().map(AttributeInfo::name).toList());
    }

    private static String example(int parts) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            numbers.add(String.valueOf(3 + 4 * i));
        }
        return String.join(", ", numbers);
    }
}
