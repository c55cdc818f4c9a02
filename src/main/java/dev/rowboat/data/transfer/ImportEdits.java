package dev.rowboat.data.transfer;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.EntityInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Converted rows as the unit of work takes them: new rows, and for an upsert the rows whose key
 * exists as changes of the values that differ (a row the file gives as it is changes nothing).
 *
 * @param inserts each new row's values by attribute; a generated id is left to the database
 * @param updates existing row id to attribute to {value read, value imported}
 * @param unchanged rows whose key exists with every value as the file gives it
 */
public record ImportEdits(List<Map<String, Object>> inserts, Map<Object, Map<String, Object[]>> updates, int unchanged) {
    /** Where an upsert reads the rows a file's keys name: ids to values by attribute; absent ids have no row. */
    @FunctionalInterface
    public interface ExistingRows {
        Map<Object, Map<String, Object>> find(String entity, List<Object> ids, List<String> attributes);
    }

    /**
     * @param generatedId whether the database gives the entity's ids: a new row's id from the file
     *     is dropped, as a grid's new row leaves it empty
     */
    public static ImportEdits of(ImportRows rows, boolean upsert, boolean generatedId, ExistingRows existing) {
        EntityInfo entity = rows.entity();
        Map<Object, Map<String, Object>> found = Map.of();
        if (upsert) {
            List<Object> ids = rows.rows().stream().map(r -> r.id(entity)).filter(Objects::nonNull).toList();
            List<String> attributes = entity.attributes().stream().map(AttributeInfo::name).toList();
            found = new java.util.HashMap<>();
            for (Map.Entry<Object, Map<String, Object>> e : (ids.isEmpty() ? Map.<Object, Map<String, Object>>of()
                    : existing.find(entity.name(), ids, attributes)).entrySet()) {
                found.put(keyOf(e.getKey()), e.getValue());
            }
        }
        List<Map<String, Object>> inserts = new ArrayList<>();
        Map<Object, Map<String, Object[]>> updates = new LinkedHashMap<>();
        int unchanged = 0;
        for (ImportRows.Row row : rows.rows()) {
            Object id = upsert ? row.id(entity) : null;
            Map<String, Object> now = id == null ? null : found.get(keyOf(id));
            if (now == null) {
                Map<String, Object> values = new LinkedHashMap<>(row.values());
                if (generatedId && !entity.compositeId()) {
                    values.remove(entity.id().name());
                }
                inserts.add(values);
                continue;
            }
            Map<String, Object[]> changes = new LinkedHashMap<>();
            row.values().forEach((attribute, value) -> {
                boolean key = entity.idAttributes().stream().anyMatch(a -> a.name().equals(attribute));
                if (!key && !same(now.get(attribute), value)) {
                    changes.put(attribute, new Object[] {now.get(attribute), value});
                }
            });
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                updates.put(id, changes);
            }
        }
        return new ImportEdits(inserts, updates, unchanged);
    }

    /** The written count: rows added and rows changed. */
    public int count() {
        return inserts.size() + updates.size();
    }

    /** An id as a map key: a number whatever its Java type (the file's Integer, the driver's Long), a composite id part by part. */
    private static Object keyOf(Object id) {
        if (id instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        if (id instanceof dev.rowboat.data.catalog.CompositeId composite) {
            return composite.values().stream().map(ImportEdits::keyOf).toList();
        }
        return id;
    }

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }
}
