package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.CompositeId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The id of a grid's entity as expressions: one column, or a composite key's columns in the
 * key's order. A composite id is compared as a row value, {@code (a, b) > (3, 7)}, written out as
 * {@code a >= 3 and (a > 3 or b > 7)}: the same form as the sort's keyset, whose leading bound is
 * what lets an index seek to the key; and one form that every database reads alike, where a row
 * value's comparison differs in what each optimizer makes of it.
 */
final class IdColumns {
    private final List<Expr> parts;

    IdColumns(List<Expr> parts) {
        this.parts = List.copyOf(parts);
    }

    Expr first() {
        return parts.get(0);
    }

    List<Expr> parts() {
        return parts;
    }

    boolean composite() {
        return parts.size() > 1;
    }

    /**
     * Appends "the id comes after (or, inclusive, at) this one" in the reading direction; the key's
     * parts are never null, so no case of NULL is needed.
     */
    Clause.Builder after(Clause.Builder clause, Object id, boolean ascending, boolean inclusive) {
        String strict = ascending ? " > " : " < ";
        String last = inclusive ? (ascending ? " >= " : " <= ") : strict;
        if (!composite()) {
            return clause.expr(first()).text(last).param("kid", id, first());
        }
        CompositeId key = (CompositeId) id;
        int n = parts.size();
        for (int i = 0; i < n - 1; i++) {
            Expr part = parts.get(i);
            clause.text("(").expr(part).text(ascending ? " >= " : " <= ").param("kid" + i, key.get(i), part)
                    .text(" and (").expr(part).text(strict).param("kid" + i, key.get(i), part).text(" or ");
        }
        clause.expr(parts.get(n - 1)).text(last).param("kid" + (n - 1), key.get(n - 1), parts.get(n - 1));
        return clause.text("))".repeat(n - 1));
    }

    /** {@code e.a = :rowId0 and e.b = :rowId1}: the row with the id that {@link #rowIdParameters} binds. */
    String isRowHql() {
        if (!composite()) {
            return first().hql() + " = :rowId";
        }
        StringBuilder hql = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            hql.append(i == 0 ? "" : " and ").append(parts.get(i).hql()).append(" = :rowId").append(i);
        }
        return hql.toString();
    }

    Map<String, Object> rowIdParameters(Object id) {
        if (!composite()) {
            return Map.of("rowId", id);
        }
        Map<String, Object> bind = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            bind.put("rowId" + i, ((CompositeId) id).get(i));
        }
        return bind;
    }

    /** The id from a result tuple whose id columns start at {@code from}. */
    Object read(Object[] tuple, int from) {
        return composite() ? new CompositeId(Arrays.asList(tuple).subList(from, from + parts.size())) : tuple[from];
    }
}
