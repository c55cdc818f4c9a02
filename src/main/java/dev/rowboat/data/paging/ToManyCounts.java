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
    /** Counts below this are cells made once per attribute: most rows hold a few, and a page shows a hundred. */
    private static final int SHARED_CELLS = 64;

    private final EntityInfo entity;
    private final List<AttributeInfo> attributes;
    private final Class<?> keyType;
    /** For each attribute, its cells of the counts below {@link #SHARED_CELLS}. */
    private final CountValue[][] sharedCells;
    /** Where each attribute is counted (empty: through the association, in HQL); found at the first page. */
    private volatile Sources sources;

    ToManyCounts(EntityInfo entity) {
        this.entity = entity;
        this.attributes = entity.attributes().stream().filter(a -> a.kind() == AttributeKind.TO_MANY).toList();
        this.keyType = boxed(entity.id().javaType());
        this.sharedCells = new CountValue[attributes.size()][SHARED_CELLS];
        for (int a = 0; a < attributes.size(); a++) {
            for (int n = 0; n < SHARED_CELLS; n++) {
                sharedCells[a][n] = new CountValue(attributes.get(a).name(), n);
            }
        }
    }

    /**
     * How many rows each row of a page holds in one attribute: by the id's offset in the range read
     * where the ids are integers close together (no boxed key, no hash lookup per row: finding each
     * row's count in a map was a thirtieth of an H2 page), else by id.
     */
    static final class Counted {
        private final long low;
        private final long[] byOffset;
        private final Map<Object, Long> byId;

        private Counted(long low, long[] byOffset, Map<Object, Long> byId) {
            this.low = low;
            this.byOffset = byOffset;
            this.byId = byId;
        }

        static Counted byId(Map<Object, Long> counts) {
            return new Counted(0, null, counts);
        }

        long of(Object rowId) {
            if (byOffset == null) {
                return byId.getOrDefault(rowId, 0L);
            }
            long offset = ((Number) rowId).longValue() - low;
            return offset >= 0 && offset < byOffset.length ? byOffset[(int) offset] : 0;
        }
    }

    /** The cell of attribute {@code index} (in {@link #attributes()}'s order) for a row that holds {@code count}. */
    CountValue cell(int index, long count) {
        return count >= 0 && count < SHARED_CELLS ? sharedCells[index][(int) count] : new CountValue(attributes.get(index).name(), count);
    }

    /** The to-many attributes, in the order of {@link #count}'s maps. */
    List<AttributeInfo> attributes() {
        return attributes;
    }

    /** For each to-many attribute, the number of rows it holds by row id (absent: none). */
    List<Counted> count(PageConnection connection, List<Object> rowIds) {
        if (attributes.isEmpty() || rowIds.isEmpty()) {
            return List.of();
        }
        Sources where = sources(connection);
        List<Counted> counts = new ArrayList<>(attributes.size());
        for (int i = 0; i < attributes.size(); i++) {
            counts.add(where.at().get(i).isPresent() ? countAtKey(connection, where.at().get(i).get(), where.rangeSql().get(i), rowIds)
                    : Counted.byId(countThroughAssociation(connection.session(), attributes.get(i), rowIds)));
        }
        return counts;
    }

    /**
     * Where each attribute is counted (empty: through the association, in HQL), with its statement
     * for a range of ids, whose text is the same for every page: made once, its hash is too.
     */
    private record Sources(List<Optional<CountSource>> at, List<String> rangeSql) {
    }

    private Sources sources(PageConnection connection) {
        Sources found = sources;
        if (found == null) {
            // two pages read at once may both look it up; they find the same
            List<Optional<CountSource>> at = attributes.stream().map(a -> entity.compositeId() ? Optional.<CountSource>empty()
                    : CountSource.of(connection.factory(), entity.name(), a.name())).toList();
            List<String> rangeSql = at.stream().map(source -> source.map(c -> c.query(idCondition(c.keyColumn(), List.of(),
                    new Object[2], new ArrayList<>(), true))).orElse("")).toList();
            found = new Sources(at, rangeSql);
            sources = found;
        }
        return found;
    }

    /** Counted at the foreign key's own table with a statement of our own (see {@link OwnStatement}). */
    private Counted countAtKey(PageConnection connection, CountSource source, String rangeSql, List<Object> rowIds) {
        List<Object> values = new ArrayList<>();
        Object[] range = range(rowIds);
        String sql = range != null ? rangeSql : source.query(idCondition(source.keyColumn(), rowIds, null, values, true));
        if (range != null) {
            values.add(range[0]);
            values.add(range[1]);
        }
        List<OwnStatement.Parameter> parameters = new ArrayList<>(values.size());
        for (Object value : values) {
            parameters.add(new OwnStatement.Parameter(value, null));
        }
        if (range != null) { // the ids between the two values, read as numbers
            long low = ((Number) range[0]).longValue();
            long[] counts = new long[(int) (((Number) range[1]).longValue() - low + 1)];
            connection.forEachRow(sql, parameters, rs -> counts[(int) (rs.getLong(1) - low)] = rs.getLong(2));
            return new Counted(low, counts, null);
        }
        Map<Object, Long> counts = new HashMap<>();
        connection.forEachRow(sql, parameters, rs -> counts.put(rs.getObject(1, keyType), rs.getLong(2)));
        return Counted.byId(counts);
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
        String condition = idCondition(id.get(0), firstParts, range(firstParts), values, false);
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
    private static String idCondition(String id, List<Object> rowIds, Object[] range, List<Object> values, boolean positional) {
        if (range != null) {
            values.add(range[0]);
            values.add(range[1]);
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

    /** The lowest and the highest id, where every id is an integer and they lie close together; else null. */
    private static Object[] range(List<Object> rowIds) {
        Object low = null;
        Object high = null;
        for (Object rowId : rowIds) {
            if (!(rowId instanceof Integer || rowId instanceof Long || rowId instanceof Short)) {
                return null;
            }
            long value = ((Number) rowId).longValue();
            low = low == null || value < ((Number) low).longValue() ? rowId : low;
            high = high == null || value > ((Number) high).longValue() ? rowId : high;
        }
        boolean close = ((Number) high).longValue() - ((Number) low).longValue() < (long) RANGE_PER_ROW * rowIds.size();
        return close ? new Object[] {low, high} : null;
    }

    private static String parameter(int index, boolean positional) {
        return positional ? "?" : ":p" + index;
    }
}
