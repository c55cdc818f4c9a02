package dev.rowboat.data.paging;

import java.util.List;

/** One page of one entity's grid. */
public record PageRequest(String entity, SortKey sort, List<Filter> filters, Anchor anchor, int size) {
    public PageRequest {
        filters = List.copyOf(filters);
        if (size < 1) {
            throw new IllegalArgumentException("page size " + size);
        }
    }

    public PageRequest at(Anchor newAnchor) {
        return new PageRequest(entity, sort, filters, newAnchor, size);
    }
}
