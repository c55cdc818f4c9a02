package dev.rowboat.data.edit;

/**
 * A change to a many-to-many: one row of its association table added or removed (a post's tag,
 * whom a user follows). The owner or the target may be a row inserted by the same save
 * ({@link NewRowRef}).
 */
public sealed interface AssociationEdit extends RowEdit permits LinkRow, UnlinkRow {
    /** The owner's id; {@link #entity()} is the owner's entity. */
    Object ownerId();

    /** The owner's many-to-many attribute, e.g. {@code tags}. */
    String association();

    /** The id of the row linked or unlinked. */
    Object targetId();
}
