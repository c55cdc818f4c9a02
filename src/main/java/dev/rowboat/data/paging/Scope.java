package dev.rowboat.data.paging;

/**
 * Limits a grid to the rows one row of another entity holds through an association: a user's
 * posts, a post's tags, whom a user follows.
 *
 * @param association the owner's attribute whose target is the grid's entity
 */
public record Scope(String ownerEntity, Object ownerId, String association) {
}
