package dev.rowboat.data.paging;

/** Rows of another entity that refer to one row through a to-one attribute: 3 posts by this user. */
public record Reference(String entity, String attribute, long count) {
    /** The grid of those rows. */
    public Scope scopeFrom(String ownerEntity, Object ownerId) {
        return new Scope(ownerEntity, ownerId, attribute, true);
    }
}
