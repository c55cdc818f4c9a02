package dev.rowboat.data.console;

import dev.rowboat.data.paging.SortKey;

/**
 * An HQL query that selects whole rows of one entity ({@code from User where …}): its result is
 * that entity's grid limited to those rows, editable and linked as any grid.
 *
 * @param sort the query's {@code order by}, where it is one attribute of the entity; else null (by key)
 * @param sortNote why the query's order could not be kept, or null
 */
public record EntityQuery(String entity, String hql, SortKey sort, String sortNote) {
}
