package dev.rowboat.data.paging;

/**
 * Limits a grid to the rows one row of another entity holds through an association: a user's
 * posts, a post's tags, whom a user follows.
 *
 * @param association the owner's attribute whose target is the grid's entity; or, when
 *     {@code incoming}, the grid entity's to-one attribute that points at the owner (rows that
 *     refer to the owner even where the model maps no way back)
 */
public record Scope(String ownerEntity, Object ownerId, String association, boolean incoming) {
    public Scope(String ownerEntity, Object ownerId, String association) {
        this(ownerEntity, ownerId, association, false);
    }
}
