package dev.rowboat.data.console;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.sqm.SqmSelectionQuery;
import org.hibernate.query.sqm.tree.domain.SqmPath;
import org.hibernate.query.sqm.tree.from.SqmFrom;
import org.hibernate.query.sqm.tree.select.SqmQuerySpec;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.query.sqm.tree.select.SqmSelection;

/**
 * A page of an HQL query's result as columns and values. An entity in the select list becomes
 * its columns (a to-one as the id it refers to), so {@code from User where …} with a limit reads
 * as a table; other items are one column each, named by their alias or attribute.
 */
final class HqlRows {
    /** How one item of the select list becomes columns: an entity's attributes, or itself. */
    private record Item(String name, EntityInfo entity) {
    }

    private HqlRows() {
    }

    @SuppressWarnings("unchecked")
    static ResultPage page(Session session, String hql, int offset, int limit, EntityCatalog catalog) {
        SqmSelectionQuery<Object> query = (SqmSelectionQuery<Object>) session.createSelectionQuery(hql, Object.class);
        List<Item> items = items((SqmSelectStatement<?>) query.getSqmStatement(), catalog);
        List<String> columns = new ArrayList<>();
        for (Item item : items) {
            if (item.entity() == null) {
                columns.add(item.name());
            } else {
                for (AttributeInfo attribute : shown(item.entity())) {
                    columns.add(items.size() == 1 ? attribute.name() : item.name() + "." + attribute.name());
                }
            }
        }
        query.setFirstResult(offset);
        query.setMaxResults(limit + 1);
        List<Object> results = query.getResultList();
        List<List<Object>> rows = new ArrayList<>();
        for (Object result : results.subList(0, Math.min(limit, results.size()))) {
            Object[] values = items.size() > 1 && result instanceof Object[] tuple ? tuple : new Object[] {result};
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 0; i < items.size(); i++) {
                addCells(session, items.get(i), values[i], row);
            }
            rows.add(row);
        }
        return new ResultPage(columns, rows, offset, results.size() > limit, Duration.ZERO);
    }

    private static void addCells(Session session, Item item, Object value, List<Object> row) {
        if (item.entity() == null) {
            row.add(value instanceof Map<?, ?> ? session.getEntityName(value) + " " + session.getIdentifier(value) : value);
            return;
        }
        Map<?, ?> entity = value instanceof Map<?, ?> map ? map : Map.of();
        for (AttributeInfo attribute : shown(item.entity())) {
            Object cell = value == null ? null : entity.get(attribute.name());
            row.add(cell instanceof Map<?, ?> target ? session.getIdentifier(target) : cell);
        }
    }

    private static List<AttributeInfo> shown(EntityInfo entity) {
        return entity.attributes().stream().filter(a -> a.kind() == AttributeKind.ID || a.kind() == AttributeKind.BASIC
                || a.kind() == AttributeKind.TO_ONE).toList();
    }

    private static List<Item> items(SqmSelectStatement<?> statement, EntityCatalog catalog) {
        SqmQuerySpec<?> spec = statement.getQuerySpec();
        List<? extends SqmSelection<?>> selections = spec.getSelectClause() == null ? List.of() : spec.getSelectClause().getSelections();
        List<Item> items = new ArrayList<>();
        if (selections.isEmpty()) {
            for (var root : spec.getRoots()) {
                items.add(new Item(root.getEntityName(), catalog.find(root.getEntityName()).orElse(null)));
            }
            return items;
        }
        for (int i = 0; i < selections.size(); i++) {
            SqmSelection<?> selection = selections.get(i);
            Object node = selection.getSelectableNode();
            String entityName = node instanceof SqmFrom<?, ?> from ? entityName(from) : null;
            EntityInfo entity = entityName == null ? null : catalog.find(entityName).orElse(null);
            String name = selection.getAlias() != null ? selection.getAlias()
                    : entityName != null ? entityName
                    : node instanceof SqmPath<?> path ? path.getNavigablePath().getLocalName()
                    : "column " + (i + 1);
            items.add(new Item(name, entity));
        }
        return items;
    }

    private static String entityName(SqmFrom<?, ?> from) {
        return from.getReferencedPathSource().getPathType() instanceof org.hibernate.metamodel.model.domain.EntityDomainType<?> type
                ? type.getHibernateEntityName() : null;
    }
}
