package dev.rowboat.data.edit;

import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * Describes the UPDATEs and DELETEs that did not touch exactly one row. None touched means someone
 * else changed or deleted the row since it was read: the row as it is now ("theirs") is read in
 * the same transaction, so the person can compare mine, theirs and the original.
 */
final class SaveConflicts {
    private static final int IDS_PER_QUERY = 500;
    private final SaveTables tables;

    SaveConflicts(SaveTables tables) {
        this.tables = tables;
    }

    /** @param counts edit index to the number of rows its statement touched (never 1) */
    List<RowProblem> describe(Session session, SavePlan plan, Map<Integer, Integer> counts) {
        Map<String, List<Object>> idsByEntity = new LinkedHashMap<>();
        counts.forEach((index, count) -> {
            if (count == 0 && !(plan.edits().get(index) instanceof AssociationEdit)) {
                RowEdit edit = plan.edits().get(index);
                idsByEntity.computeIfAbsent(edit.entity(), e -> new ArrayList<>()).add(idOf(edit));
            }
        });
        Map<String, Map<Object, Map<String, Object>>> theirs = new HashMap<>();
        idsByEntity.forEach((entity, ids) -> theirs.put(entity, read(session, tables.find(entity).orElseThrow(), ids)));
        List<RowProblem> problems = new ArrayList<>();
        counts.forEach((index, count) -> {
            RowEdit edit = plan.edits().get(index);
            if (edit instanceof AssociationEdit association) {
                problems.add(SaveLinks.wrongCount(index, association, count, count == 0 && isLinked(session, association)));
                return;
            }
            String what = RefusalMessages.humanName(edit.entity());
            if (count > 1) {
                problems.add(new RowProblem(index, RowProblem.Kind.CONSTRAINT, null, "Saving this " + what + " would "
                        + (edit instanceof DeleteRow ? "delete " : "change ") + count + " rows instead of one, because its id"
                        + " does not identify a single row; nothing was saved.", null));
                return;
            }
            Object id = tables.find(edit.entity()).orElseThrow().normalizedId(idOf(edit));
            Map<String, Object> row = theirs.get(edit.entity()).get(id);
            String verb = edit instanceof DeleteRow ? "delete" : "change";
            String message = row == null
                    ? "Someone else deleted this " + what + " after you read it."
                    : "Someone else changed this " + what + " after you read it, so your " + verb + " was not saved."
                    + " Compare their values with yours.";
            problems.add(new RowProblem(index, RowProblem.Kind.CONFLICT, null, message, row));
        });
        return problems;
    }

    /** Whether the pair is linked now, through the model's association (either side of it); never for a row not yet inserted. */
    private boolean isLinked(Session session, AssociationEdit link) {
        if (link.ownerId() instanceof NewRowRef || link.targetId() instanceof NewRowRef) {
            return false;
        }
        SaveTable owner = tables.find(link.entity()).orElseThrow();
        String targetEntity = owner.info().attribute(link.association()).orElseThrow().targetEntity();
        SaveTable target = tables.find(targetEntity).orElseThrow();
        List<String> terms = new ArrayList<>();
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (boolean isOwner : new boolean[] {true, false}) {
            SaveTable side = isOwner ? owner : target;
            Object id = isOwner ? link.ownerId() : link.targetId();
            for (int i = 0; i < side.key().size(); i++) { // each column of a key of several
                SaveColumn key = side.key().get(i);
                String parameter = (isOwner ? "owner" : "target") + i;
                terms.add((isOwner ? "o." : "t.") + key.name() + " = :" + parameter);
                values.put(parameter, ValueCheck.normalize(key, side.keyValue(id, key)));
            }
        }
        var query = session.createSelectionQuery("select count(*) from " + owner.entity() + " o join o." + link.association() + " t where "
                + String.join(" and ", terms), Long.class);
        values.forEach(query::setParameter);
        return query.getSingleResult() > 0;
    }

    private static Object idOf(RowEdit edit) {
        return edit instanceof UpdateRow update ? update.id() : ((DeleteRow) edit).id();
    }

    /** The rows as they are now, by id, with the attributes an edit can give: basic values and to-one ids. */
    private Map<Object, Map<String, Object>> read(Session session, SaveTable table, List<Object> ids) {
        List<SaveColumn> columns = new ArrayList<>(table.columns().values());
        List<String> select = new ArrayList<>();
        StringBuilder joins = new StringBuilder();
        // where each attribute's value starts in the tuple, and how many values it has (a composite id's several)
        int[] from = new int[columns.size()];
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            SaveColumn column = columns.get(i);
            from[i] = select.size();
            if (column.info().kind() != AttributeKind.TO_ONE) {
                select.add("e." + column.name());
            } else {
                EntityInfo target = tables.catalog().get(column.info().targetEntity());
                if (target.compositeId()) { // its parts through a left join: an empty link is a row too
                    joins.append(" left join e.").append(column.name()).append(" j").append(i);
                    for (var part : target.idAttributes()) {
                        select.add("j" + i + "." + part.name());
                    }
                } else {
                    // the target's id, which Hibernate reads from the foreign key without a join (fk() cannot be selected in 7.2)
                    select.add("e." + column.name() + "." + target.id().name());
                }
            }
            width[i] = select.size() - from[i];
        }
        StringBuilder hql = new StringBuilder("select ").append(String.join(", ", select)).append(" from ").append(table.entity())
                .append(" e").append(joins).append(" where ");
        Map<Object, Map<String, Object>> rows = new HashMap<>();
        if (table.id() == null) { // a composite id: one query per row, as conflicts come a few at a time
            for (int k = 0; k < table.key().size(); k++) {
                hql.append(k == 0 ? "" : " and ").append("e.").append(table.key().get(k).name()).append(" = :k").append(k);
            }
            for (Object id : ids) {
                var query = session.createSelectionQuery(hql.toString(), Object[].class);
                for (int k = 0; k < table.key().size(); k++) {
                    SaveColumn key = table.key().get(k);
                    query.setParameter("k" + k, ValueCheck.normalize(key, table.keyValue(id, key)));
                }
                query.getResultList().forEach(tuple -> rows.put(table.normalizedId(id), row(columns, tuple, from, width)));
            }
            return rows;
        }
        hql.append("e.").append(table.id().name()).append(" in (:ids)");
        int idAt = from[columns.indexOf(table.id())];
        for (int start = 0; start < ids.size(); start += IDS_PER_QUERY) {
            List<Object> chunk = ids.subList(start, Math.min(ids.size(), start + IDS_PER_QUERY)).stream()
                    .map(id -> ValueCheck.normalize(table.id(), id)).toList();
            for (Object[] tuple : session.createSelectionQuery(hql.toString(), Object[].class).setParameter("ids", chunk).getResultList()) {
                rows.put(tuple[idAt], row(columns, tuple, from, width));
            }
        }
        return rows;
    }

    private static Map<String, Object> row(List<SaveColumn> columns, Object[] tuple, int[] from, int[] width) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object value = tuple[from[i]];
            if (width[i] > 1 && value != null) {
                value = new CompositeId(Arrays.asList(tuple).subList(from[i], from[i] + width[i]));
            }
            row.put(columns.get(i).name(), value);
        }
        return Collections.unmodifiableMap(row);
    }
}
