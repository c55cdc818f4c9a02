package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;

/**
 * Fills the to-many cells of a page: one grouped query per to-many attribute for the whole page,
 * never one per row. The ids are bound as single values, never as one list parameter: Hibernate
 * translates a query whose list it expands anew on every call, which cost more than the page.
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
            Map<Object, Long> counts = new HashMap<>();
            for (Object[] tuple : countQuery(session, entity, attribute, rows).getResultList()) {
                counts.put(tuple[0], ((Number) tuple[1]).longValue());
            }
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

    /** Counted at the foreign key's own table where it can be, else through the association in HQL. */
    private static SelectionQuery<Object[]> countQuery(StatelessSession session, EntityInfo entity, AttributeInfo attribute,
                                                       List<Row> rows) {
        Map<String, Object> bind = new HashMap<>();
        Optional<CountSource> source = CountSource.of(session, entity.name(), attribute.name());
        SelectionQuery<Object[]> q;
        if (source.isPresent()) {
            // Typed scalars: the key comes back as the rows' id type, and Hibernate need not ask the
            // result set for its column types on every page.
            q = session.createNativeQuery(source.get().query(idCondition(source.get().keyColumn(), rows, bind)), Object[].class)
                    .addScalar(CountSource.OWNER, entity.id().javaType())
                    .addScalar(CountSource.COUNT, Long.class);
        } else {
            String id = "e." + entity.id().name();
            q = session.createSelectionQuery("select " + id + ", count(t) from " + entity.name() + " e join e." + attribute.name()
                    + " t where " + idCondition(id, rows, bind) + " group by " + id, Object[].class);
        }
        bind.forEach(q::setParameter);
        return q;
    }

    /**
     * A range of ids where the page's ids lie close together (a page in id order, or a jump), else
     * the ids themselves, padded to a power of two with the last one so that few query strings
     * reach Hibernate's plan cache. Rows of the range that are not on the page are counted and
     * not shown.
     */
    private static String idCondition(String id, List<Row> rows, Map<String, Object> bind) {
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
            bind.put("low", low);
            bind.put("high", high);
            return id + " between :low and :high";
        }
        int slots = Math.max(1, Integer.highestOneBit(rows.size() - 1) << 1);
        StringBuilder in = new StringBuilder(id).append(" in (");
        for (int slot = 0; slot < slots; slot++) {
            in.append(slot == 0 ? ":id" : ", :id").append(slot);
            bind.put("id" + slot, rows.get(Math.min(slot, rows.size() - 1)).id());
        }
        return in.append(')').toString();
    }
}
