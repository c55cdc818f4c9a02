package dev.rowboat.data.edit;

/** Links two rows through a many-to-many: inserts one row of the association table. */
public record LinkRow(String entity, Object ownerId, String association, Object targetId) implements AssociationEdit {
}
