package dev.rowboat.data.edit;

/** Unlinks two rows of a many-to-many: deletes their row of the association table, which must exist. */
public record UnlinkRow(String entity, Object ownerId, String association, Object targetId) implements AssociationEdit {
}
