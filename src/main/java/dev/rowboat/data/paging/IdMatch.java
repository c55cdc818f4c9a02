package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of an entity named in HQL by its id at some path (the row itself, a to-one's target,
 * an owner): {@code o.id = :owner}, or for a composite id each of its parts,
 * {@code o.order_id = :owner0 and o.line_no = :owner1}. One spelling for every query that
 * follows a link, so that a link to a row of several key columns works wherever one to a row of
 * one does.
 */
final class IdMatch {
    private IdMatch() {
    }

    /** The id's attribute paths under {@code path}, in the key's order. */
    static List<String> paths(EntityInfo entity, String path) {
        return entity.idAttributes().stream().map(a -> path + "." + a.name()).toList();
    }

    /** {@code path.id = :parameter}, or one comparison per part with the parameters numbered. */
    static String hql(EntityInfo entity, String path, String parameter) {
        List<AttributeInfo> parts = entity.idAttributes();
        if (parts.size() == 1) {
            return path + "." + parts.get(0).name() + " = :" + parameter;
        }
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            terms.add(path + "." + parts.get(i).name() + " = :" + parameter + i);
        }
        return "(" + String.join(" and ", terms) + ")";
    }

    /** The named parameters of {@link #hql} for this id; null (a row not saved yet) matches no row. */
    static Map<String, Object> bind(EntityInfo entity, String parameter, Object id) {
        int parts = entity.idAttributes().size();
        Map<String, Object> bind = new LinkedHashMap<>();
        if (parts == 1) {
            bind.put(parameter, id);
            return bind;
        }
        for (int i = 0; i < parts; i++) {
            bind.put(parameter + i, id == null ? null : ((CompositeId) id).get(i));
        }
        return bind;
    }

    /**
     * {@code path}'s id comes after this one in key order: {@code a > :p0 or (a = :p0 and b > :p1)}
     * for a composite id, whose parts are never null.
     */
    static String afterHql(EntityInfo entity, String path, String parameter) {
        List<String> paths = paths(entity, path);
        if (paths.size() == 1) {
            return paths.get(0) + " > :" + parameter;
        }
        String after = paths.get(paths.size() - 1) + " > :" + parameter + (paths.size() - 1);
        for (int i = paths.size() - 2; i >= 0; i--) {
            after = paths.get(i) + " > :" + parameter + i + " or (" + paths.get(i) + " = :" + parameter + i + " and (" + after + "))";
        }
        return "(" + after + ")";
    }

    /** The id from a result tuple whose id columns start at {@code from}: a value, or a {@link CompositeId}; null where its first part is. */
    static Object read(EntityInfo entity, Object[] tuple, int from) {
        return read(entity.idAttributes().size(), tuple, from);
    }

    /** The same for an id of {@code parts} columns, counted once by a caller that reads many rows. */
    static Object read(int parts, Object[] tuple, int from) {
        if (parts == 1 || tuple[from] == null) {
            return tuple[from];
        }
        return new CompositeId(java.util.Arrays.asList(tuple).subList(from, from + parts));
    }
}
