package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.EntityCatalog;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The grid queries built on the current catalog, by what shapes them, so that scrolling does not
 * build its query again for every page. A new catalog (the schema was read again, a label was
 * chosen) starts afresh: the queries name its attributes.
 */
final class GridQueries {
    /** Enough for every grid and scope a person has open, and the last few filters of each. */
    private static final int KEPT = 64;

    private record Shape(String entity, SortKey sort, List<Filter> filters, Scope scope) {
    }

    private record Built(EntityCatalog catalog, Map<Shape, GridQuery> queries) {
    }

    private volatile Built built = new Built(null, Map.of());

    GridQuery get(EntityCatalog catalog, String entity, SortKey sort, List<Filter> filters, Scope scope, Supplier<GridQuery> build) {
        Built current = built;
        if (current.catalog() != catalog) {
            current = new Built(catalog, Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Shape, GridQuery> eldest) {
                    return size() > KEPT;
                }
            }));
            built = current;
        }
        Shape shape = new Shape(entity, sort, List.copyOf(filters), scope);
        GridQuery query = current.queries().get(shape);
        if (query == null) {
            query = build.get();
            current.queries().put(shape, query);
        }
        return query;
    }
}
