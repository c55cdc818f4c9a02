package dev.rowboat.data.paging;

import java.util.List;

/** One page of one entity's grid. */
public record PageRequest(String entity, SortKey sort, List<Filter> filters, Anchor anchor, int size, Scope scope) {
    /** A page of the whole entity. */
    public PageRequest(String entity, SortKey sort, List<Filter> filters, Anchor anchor, int size) {
        this(entity, sort, filters, anchor, size, null);
    }

    public PageRequest {
        filters = List.copyOf(filters);
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
    }

    public PageRequest at(Anchor newAnchor) {
        return new PageRequest(entity, sort, filters, newAnchor, size, scope);
    }
}
