package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

/**
 * Fills the to-many cells of a page: one grouped query per to-many attribute for the whole page,
 * never one per row. The ids are bound as single values, never as one list parameter: Hibernate
 * translates a query whose list it expands anew on every call, which cost more than the page.
 * The query is the same text for every page of a shape, so the database can keep its plan.
 */
final class ToManyCounts {
    /** Reading a range this many times longer than the page is still cheaper than a lookup per id. */
    private static final int RANGE_PER_ROW = 4;

    private ToManyCounts() {
    }

    static List<Row> fill(StatelessSession session, EntityInfo entity, List<Row> rows) {
        List<AttributeInfo> attributes = entity.attributes();
        if (rows.isEmpty() || attributes.stream().noneMatch(a -> a.kind() == AttributeKind.TO_MANY)) {
            return rows;
        }
        List<List<Object>> cells = rows.stream().map(r -> (List<Object>) new ArrayList<>(r.cells())).toList();
        for (int i = 0; i < attributes.size(); i++) {
            AttributeInfo attribute = attributes.get(i);
            if (attribute.kind() != AttributeKind.TO_MANY) {
                continue;
            }
            Optional<CountSource> source = entity.compositeId() ? Optional.empty() : CountSource.of(session, entity.name(), attribute.name());
            Map<Object, Long> counts = source.isPresent() ? countAtKey(session, source.get(), entity.id().javaType(), rows)
                    : countThroughAssociation(session, entity, attribute, rows);
            for (int r = 0; r < rows.size(); r++) {
                cells.get(r).set(i, new CountValue(attribute.name(), counts.getOrDefault(rows.get(r).id(), 0L)));
            }
        }
        List<Row> result = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            result.add(new Row(rows.get(r).key(), cells.get(r)));
        }
        return result;
    }

    /** Counted at the foreign key's own table with a statement of our own (see {@link OwnStatement}). */
    private static Map<Object, Long> countAtKey(StatelessSession session, CountSource source, Class<?> idType, List<Row> rows) {
        List<Object> values = new ArrayList<>();
        String sql = source.query(idCondition(source.keyColumn(), rows.stream().map(Row::id).toList(), values, true));
        Class<?> keyType = boxed(idType);
        return OwnStatement.query(session, sql, values.stream().map(v -> new OwnStatement.Parameter(v, null)).toList(),
                (rs, s) -> Map.entry(rs.getObject(1, keyType), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /**
     * Where the key is not one column referring to the id: through the association, in HQL. A
     * composite id is grouped by all of its parts and its rows found by the first part (a page
     * in key order reads a few more rows than it shows, never a lookup per row).
     */
    private static Map<Object, Long> countThroughAssociation(StatelessSession session, EntityInfo entity, AttributeInfo attribute,
                                                             List<Row> rows) {
        List<String> id = IdMatch.paths(entity, "e");
        String ids = String.join(", ", id);
        List<Object> values = new ArrayList<>();
        List<Object> firstParts = rows.stream().map(r -> entity.compositeId() ? ((CompositeId) r.id()).get(0) : r.id()).toList();
        String condition = idCondition(id.get(0), firstParts, values, false);
        SelectionQuery<Object[]> q = session.createSelectionQuery("select " + ids + ", count(t) from " + entity.name()
                + " e join e." + attribute.name() + " t where " + condition + " group by " + ids, Object[].class);
        for (int v = 0; v < values.size(); v++) {
            q.setParameter("p" + v, values.get(v));
        }
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] tuple : q.getResultList()) {
            counts.put(IdMatch.read(entity, tuple, 0), (Long) tuple[id.size()]);
        }
        return counts;
    }

    /**
     * A range of ids where the page's ids lie close together (a page in id order, or a jump), else
     * the ids themselves, padded to a power of two with the last one so that few query strings
     * reach Hibernate's plan cache. Rows of the range that are not on the page are counted and
     * not shown.
     */
    private static String idCondition(String id, List<Object> rowIds, List<Object> values, boolean positional) {
        Object low = null;
        Object high = null;
        boolean integral = true;
        for (Object rowId : rowIds) {
            if (!(rowId instanceof Integer || rowId instanceof Long || rowId instanceof Short)) {
                integral = false;
                break;
            }
            long value = ((Number) rowId).longValue();
            low = low == null || value < ((Number) low).longValue() ? rowId : low;
            high = high == null || value > ((Number) high).longValue() ? rowId : high;
        }
        if (integral && ((Number) high).longValue() - ((Number) low).longValue() < (long) RANGE_PER_ROW * rowIds.size()) {
            values.add(low);
            values.add(high);
            return id + " between " + parameter(0, positional) + " and " + parameter(1, positional);
        }
        int slots = Math.max(1, Integer.highestOneBit(rowIds.size() - 1) << 1);
        StringBuilder in = new StringBuilder(id).append(" in (");
        for (int slot = 0; slot < slots; slot++) {
            in.append(slot == 0 ? "" : ", ").append(parameter(slot, positional));
            values.add(rowIds.get(Math.min(slot, rowIds.size() - 1)));
        }
        return in.append(')').toString();
    }

    private static String parameter(int index, boolean positional) {
        return positional ? "?" : ":p" + index;
    }
}
