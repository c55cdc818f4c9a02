package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
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
            Optional<CountSource> source = CountSource.of(session, entity.name(), attribute.name());
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
        String sql = source.query(idCondition(source.keyColumn(), rows, values, true));
        Class<?> keyType = boxed(idType);
        return OwnStatement.query(session, sql, values.stream().map(v -> new OwnStatement.Parameter(v, null)).toList(),
                (rs, s) -> Map.entry(rs.getObject(1, keyType), rs.getLong(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /** Where the key is not one column referring to the id: through the association, in HQL. */
    private static Map<Object, Long> countThroughAssociation(StatelessSession session, EntityInfo entity, AttributeInfo attribute,
                                                             List<Row> rows) {
        String id = "e." + entity.id().name();
        List<Object> values = new ArrayList<>();
        String condition = idCondition(id, rows, values, false);
        SelectionQuery<Object[]> q = session.createSelectionQuery("select " + id + ", count(t) from " + entity.name()
                + " e join e." + attribute.name() + " t where " + condition + " group by " + id, Object[].class);
        for (int v = 0; v < values.size(); v++) {
            q.setParameter("p" + v, values.get(v));
        }
        Map<Object, Long> counts = new HashMap<>();
        for (Object[] tuple : q.getResultList()) {
            counts.put(tuple[0], (Long) tuple[1]);
        }
        return counts;
    }

    /**
     * A range of ids where the page's ids lie close together (a page in id order, or a jump), else
     * the ids themselves, padded to a power of two with the last one so that few query strings
     * reach Hibernate's plan cache. Rows of the range that are not on the page are counted and
     * not shown.
     */
    private static String idCondition(String id, List<Row> rows, List<Object> values, boolean positional) {
        Object low = null;
        Object high = null;
        boolean integral = true;
        for (Row row : rows) {
            if (!(row.id() instanceof Integer || row.id() instanceof Long || row.id() instanceof Short)) {
                integral = false;
                break;
            }
            long value = ((Number) row.id()).longValue();
            low = low == null || value < ((Number) low).longValue() ? row.id() : low;
            high = high == null || value > ((Number) high).longValue() ? row.id() : high;
        }
        if (integral && ((Number) high).longValue() - ((Number) low).longValue() < (long) RANGE_PER_ROW * rows.size()) {
            values.add(low);
            values.add(high);
            return id + " between " + parameter(0, positional) + " and " + parameter(1, positional);
        }
        int slots = Math.max(1, Integer.highestOneBit(rows.size() - 1) << 1);
        StringBuilder in = new StringBuilder(id).append(" in (");
        for (int slot = 0; slot < slots; slot++) {
            in.append(slot == 0 ? "" : ", ").append(parameter(slot, positional));
            values.add(rows.get(Math.min(slot, rows.size() - 1)).id());
        }
        return in.append(')').toString();
    }

    private static String parameter(int index, boolean positional) {
        return positional ? "?" : ":p" + index;
    }
}
