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
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

/**
 * Counts the to-many cells of a page: one grouped query per to-many attribute for the whole page,
 * never one per row. The ids are bound as single values, never as one list parameter: Hibernate
 * translates a query whose list it expands anew on every call, which cost more than the page.
 * The query is the same text for every page of a shape, so the database can keep its plan. One
 * per grid query: where each attribute is counted is looked up in the mapping once, not per page.
 */
final class ToManyCounts {
    /** Reading a range this many times longer than the page is still cheaper than a lookup per id. */
    private static final int RANGE_PER_ROW = 4;

    private final EntityInfo entity;
    private final List<AttributeInfo> attributes;
    private final Class<?> keyType;
    /** Where each attribute is counted (empty: through the association, in HQL); found at the first page. */
    private volatile List<Optional<CountSource>> sources;

    ToManyCounts(EntityInfo entity) {
        this.entity = entity;
        this.attributes = entity.attributes().stream().filter(a -> a.kind() == AttributeKind.TO_MANY).toList();
        this.keyType = boxed(entity.id().javaType());
    }

    /** The to-many attributes, in the order of {@link #count}'s maps. */
    List<AttributeInfo> attributes() {
        return attributes;
    }

    /** For each to-many attribute, the number of rows it holds by row id (absent: none). */
    List<Map<Object, Long>> count(PageConnection connection, List<Object> rowIds) {
        if (attributes.isEmpty() || rowIds.isEmpty()) {
            return List.of();
        }
        List<Optional<CountSource>> where = sources(connection);
        List<Map<Object, Long>> counts = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            counts.add(where.get(i).isPresent() ? countAtKey(connection, where.get(i).get(), rowIds)
                    : countThroughAssociation(connection.session(), attributes.get(i), rowIds));
        }
        return counts;
    }

    private List<Optional<CountSource>> sources(PageConnection connection) {
        List<Optional<CountSource>> found = sources;
        if (found == null) {
            // two pages read at once may both look it up; they find the same
            found = attributes.stream().map(a -> entity.compositeId() ? Optional.<CountSource>empty()
                    : CountSource.of(connection.factory(), entity.name(), a.name())).toList();
            sources = found;
        }
        return found;
    }

    /** Counted at the foreign key's own table with a statement of our own (see {@link OwnStatement}). */
    private Map<Object, Long> countAtKey(PageConnection connection, CountSource source, List<Object> rowIds) {
        List<Object> values = new ArrayList<>();
        String sql = source.query(idCondition(source.keyColumn(), rowIds, values, true));
        List<OwnStatement.Parameter> parameters = new ArrayList<>(values.size());
        for (Object value : values) {
            parameters.add(new OwnStatement.Parameter(value, null));
        }
        Map<Object, Long> counts = new HashMap<>();
        connection.query(sql, parameters, (rs, s) -> counts.put(rs.getObject(1, keyType), rs.getLong(2)));
        return counts;
    }

    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    /**
     * Where the key is not one column referring to the id: through the association, in HQL. A
     * composite id is grouped by all of its parts and its rows found by the first part (a page
     * in key order reads a few more rows than it shows, never a lookup per row).
     */
    private Map<Object, Long> countThroughAssociation(StatelessSession session, AttributeInfo attribute, List<Object> rowIds) {
        List<String> id = IdMatch.paths(entity, "e");
        String ids = String.join(", ", id);
        List<Object> values = new ArrayList<>();
        List<Object> firstParts = rowIds.stream().map(rowId -> entity.compositeId() ? ((CompositeId) rowId).get(0) : rowId).toList();
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
