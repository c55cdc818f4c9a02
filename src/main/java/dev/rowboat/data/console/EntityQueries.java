package dev.rowboat.data.console;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.SortKey;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.sqm.SqmSelectionQuery;
import org.hibernate.query.sqm.tree.domain.SqmPath;
import org.hibernate.query.sqm.tree.from.SqmRoot;
import org.hibernate.query.sqm.tree.select.SqmQuerySpec;
import org.hibernate.query.sqm.tree.select.SqmSelectStatement;
import org.hibernate.query.sqm.tree.select.SqmSelection;
import org.hibernate.query.sqm.tree.select.SqmSortSpecification;

/**
 * Tells from Hibernate's own parse of an HQL query (its SQM tree, never by reading the text)
 * whether it selects whole rows of one entity, which the console then shows as that entity's
 * editable grid. A limit, an offset or a grouping makes it a plain result: the grid pages by key,
 * and a subquery with a limit is refused by MariaDB.
 */
final class EntityQueries {
    private EntityQueries() {
    }

    static Optional<EntityQuery> of(Session session, String hql, EntityCatalog catalog) {
        SqmSelectStatement<?> statement = (SqmSelectStatement<?>) ((SqmSelectionQuery<?>) session.createSelectionQuery(hql, Object.class)).getSqmStatement();
        if (!(statement.getQueryPart() instanceof SqmQuerySpec<?> spec) || spec.getRoots().size() != 1
                || !spec.getGroupByClauseExpressions().isEmpty() || spec.getHavingClausePredicate() != null
                || spec.getFetchExpression() != null || spec.getOffsetExpression() != null) {
            return Optional.empty();
        }
        SqmRoot<?> root = spec.getRoots().iterator().next();
        List<? extends SqmSelection<?>> selections = spec.getSelectClause() == null ? List.of() : spec.getSelectClause().getSelections();
        boolean wholeRows = selections.isEmpty() || selections.size() == 1 && isRoot(selections.get(0).getSelectableNode(), root);
        Optional<EntityInfo> entity = catalog.find(root.getEntityName()).filter(e -> e.available() && !e.keyless());
        if (!wholeRows || entity.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(order(entity.get(), hql, spec, root));
    }

    private static boolean isRoot(Object node, SqmRoot<?> root) {
        return node == root || node instanceof SqmPath<?> path && path.getNavigablePath().equals(root.getNavigablePath());
    }

    /** The grid's sort from the query's order by: one attribute of the root, else by key with a note. */
    private static EntityQuery order(EntityInfo entity, String hql, SqmQuerySpec<?> spec, SqmRoot<?> root) {
        List<SqmSortSpecification> sorts = spec.getOrderByClause() == null ? List.of() : spec.getOrderByClause().getSortSpecifications();
        if (sorts.isEmpty()) {
            return new EntityQuery(entity.name(), hql, null, null);
        }
        SqmSortSpecification first = sorts.get(0);
        String attribute = first.getSortExpression() instanceof SqmPath<?> path && path.getLhs() != null
                && path.getLhs().getNavigablePath().equals(root.getNavigablePath()) ? path.getNavigablePath().getLocalName() : null;
        boolean sortable = attribute != null && entity.attribute(attribute).filter(a -> a.isQueryable()).isPresent();
        if (!sortable) {
            return new EntityQuery(entity.name(), hql, null, "Shown by key: the grid sorts by one of " + entity.name()
                    + "'s columns, and the query's order is not one. Click a column header to sort.");
        }
        SortKey sort = new SortKey(attribute, first.getSortDirection() == org.hibernate.query.SortDirection.DESCENDING);
        String note = sorts.size() > 1 ? "Sorted by " + attribute + " only: the grid sorts by one column, its key breaking ties." : null;
        return new EntityQuery(entity.name(), hql, sort, note);
    }
}
