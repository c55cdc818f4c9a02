package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.query.SelectionQuery;

/**
 * Finds rows of an entity by their label on the server, a page at a time: the search of a to-one
 * picker and of a many-to-many's add list. Only the id and the label are read, never whole rows,
 * so a table of millions answers as fast as its LIKE does. Pages follow each other by keyset on
 * (label, id), and a case-insensitive "contains" is a bound parameter, never SQL text.
 *
 * <p>Rows whose label is NULL have no place in a label order; they are found by their id instead
 * (typing {@code #42}).
 */
public final class LabelSearch {
    private final EntityPages pages;

    public LabelSearch(EntityPages pages) {
        this.pages = pages;
    }

    /**
     * @param text what the person typed: contained in the label, any letter case; blank for all
     *     rows; {@code #42} for the row with id 42
     * @param scope only rows one owner holds (a post's tags); null for the whole entity
     * @param after the last match of the previous page, or null for the first page
     */
    public LabelPage search(String entityName, String text, Scope scope, LabelMatch after, int limit, QueryCancel cancel) {
        return search(entityName, text, scope, true, after, limit, cancel);
    }

    /**
     * The same search among the rows the scope's owner does not hold: what a many-to-many can still
     * link (a post's tags to add), so that no pair is offered twice.
     */
    public LabelPage searchOutside(String entityName, String text, Scope scope, LabelMatch after, int limit, QueryCancel cancel) {
        return search(entityName, text, scope, false, after, limit, cancel);
    }

    private LabelPage search(String entityName, String text, Scope scope, boolean held, LabelMatch after, int limit, QueryCancel cancel) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        EntityInfo entity = pages.available(entityName);
        AttributeInfo label = entity.labelAttribute();
        // the id's parts in key order: one, or a composite id's several
        String ids = String.join(", ", IdMatch.paths(entity, "e"));
        String labelPath = "e." + label.name();
        boolean byId = label.kind() == AttributeKind.ID;
        List<String> conditions = new ArrayList<>();
        Map<String, Object> bind = new LinkedHashMap<>();
        String typed = text == null ? "" : text.strip();
        if (typed.matches(entity.compositeId() ? "#\\d+(\\s*,\\s*[^,]+)+" : "#\\d+")) {
            conditions.add(IdMatch.hql(entity, "e", "rowId"));
            bind.putAll(IdMatch.bind(entity, "rowId", IdText.parse(entity, typed.substring(1))));
        } else {
            if (!byId) {
                conditions.add(labelPath + " is not null");
            }
            if (!typed.isEmpty()) {
                String asText = label.isText() ? labelPath : "cast(" + labelPath + " as String)";
                conditions.add("lower(" + asText + ") like :pattern escape '!'");
                bind.put("pattern", "%" + escapeLike(typed.toLowerCase(Locale.ROOT)) + "%");
            }
        }
        if (scope != null) {
            conditions.add((held ? "" : "not ") + scopeCondition(entity, scope, bind));
        }
        if (after != null) {
            String idAfter = IdMatch.afterHql(entity, "e", "afterId");
            if (byId) {
                conditions.add(idAfter);
            } else {
                conditions.add("(" + labelPath + " > :afterLabel or (" + labelPath + " = :afterLabel and " + idAfter + "))");
                bind.put("afterLabel", after.label());
            }
            bind.putAll(IdMatch.bind(entity, "afterId", after.id()));
        }
        String hql = "select " + ids + ", " + labelPath + " from " + entity.name() + " e"
                + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions))
                + " order by " + (byId ? ids : labelPath + ", " + ids);
        int labelAt = entity.idAttributes().size();
        return pages.inSession(cancel, session -> {
            SelectionQuery<Object[]> q = session.createSelectionQuery(hql, Object[].class);
            bind.forEach(q::setParameter);
            q.setMaxResults(limit + 1);
            q.setFetchSize(limit + 1);
            List<Object[]> found = q.getResultList();
            List<LabelMatch> matches = new ArrayList<>(Math.min(found.size(), limit));
            for (int i = 0; i < found.size() && i < limit; i++) {
                Object id = IdMatch.read(entity, found.get(i), 0);
                // labelled by a part of a composite key, a row is named by all of it, as its links are
                matches.add(new LabelMatch(entity.name(), id, byId ? id : found.get(i)[labelAt]));
            }
            return new LabelPage(matches, found.size() > limit);
        });
    }

    /**
     * The rows the owner holds through a many-to-many or one-to-many, as a subquery (any database);
     * its ids are primary keys, never null, so its {@code not in} is what it says. Rows of several
     * key columns are compared as rows, which Hibernate does on all of their columns.
     */
    private String scopeCondition(EntityInfo entity, Scope scope, Map<String, Object> bind) {
        EntityInfo owner = pages.available(scope.ownerEntity());
        AttributeInfo association = owner.attribute(scope.association()).filter(a -> entity.name().equals(a.targetEntity()))
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND,
                        scope.ownerEntity() + "." + scope.association() + " does not lead to " + entity.name() + "."));
        bind.putAll(IdMatch.bind(owner, "scopeOwner", scope.ownerId()));
        String held = " from " + owner.name() + " o join o." + association.name() + " t where " + IdMatch.hql(owner, "o", "scopeOwner");
        return entity.compositeId() ? "exists (select 1" + held + " and t = e)"
                : "e." + entity.id().name() + " in (select t." + entity.id().name() + held + ")";
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
