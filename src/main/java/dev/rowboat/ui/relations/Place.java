package dev.rowboat.ui.relations;

import dev.rowboat.data.paging.Scope;

/**
 * Somewhere a person has been: an entity's grid, possibly limited to what one row holds, with a
 * row selected.
 *
 * @param scope null for the whole entity
 * @param selectedId the row to show selected, or null
 * @param label how the breadcrumb trail names it ("User john", "posts", "author")
 */
public record Place(String entity, Scope scope, Object selectedId, String label) {
    /** The grid this place is shown in: one per entity and scope. */
    public String gridKey() {
        if (scope != null && scope.isQuery()) {
            return entity + "/query:" + scope.query();
        }
        return scope == null ? entity : entity + "/" + scope.ownerEntity() + "#" + scope.ownerId() + "." + scope.association();
    }
}
