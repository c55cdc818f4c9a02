package dev.rowboat.data.paging;

/**
 * Limits a grid to some of its entity's rows: those one row of another entity holds through an
 * association (a user's posts, a post's tags, whom a user follows), or those a console query
 * selected.
 *
 * @param association the owner's attribute whose target is the grid's entity; or, when
 *     {@code incoming}, the grid entity's to-one attribute that points at the owner (rows that
 *     refer to the owner even where the model maps no way back)
 * @param query an HQL query over whole rows of the grid's entity, the rows it shows; null for an owner's rows
 */
public record Scope(String ownerEntity, Object ownerId, String association, boolean incoming, String query) {
    public Scope(String ownerEntity, Object ownerId, String association) {
        this(ownerEntity, ownerId, association, false, null);
    }

    public Scope(String ownerEntity, Object ownerId, String association, boolean incoming) {
        this(ownerEntity, ownerId, association, incoming, null);
    }

    /** The rows of a console query (HQL selecting whole rows of one entity), paged and edited as the entity's grid. */
    public static Scope ofQuery(String hql) {
        return new Scope(null, null, null, false, hql);
    }

    public boolean isQuery() {
        return query != null;
    }
}
