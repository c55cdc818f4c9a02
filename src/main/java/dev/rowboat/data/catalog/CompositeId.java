package dev.rowboat.data.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The id of a row whose primary key has several columns: their values in the key's order (as
 * {@link EntityInfo#idAttributes}). It stands where a one-column key's value stands (a row's id,
 * an edit's id), so a grid and a save hold it without knowing how many columns it has.
 */
public record CompositeId(List<Object> values) {
    public CompositeId {
        values = Collections.unmodifiableList(new ArrayList<>(values)); // a key part is never null, but no check here
    }

    public Object get(int index) {
        return values.get(index);
    }

    public int size() {
        return values.size();
    }

    /** As a person types it to go to the row: the values separated by commas, {@code 3, 7}. */
    @Override
    public String toString() {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
