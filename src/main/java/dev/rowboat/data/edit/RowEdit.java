package dev.rowboat.data.edit;

/**
 * One pending change to one row (or a console statement, {@link ConsoleWrite}). Values are keyed by attribute name; a to-one attribute's value
 * is the target's id, or a {@link NewRowRef} to a row inserted by the same save.
 */
public sealed interface RowEdit permits InsertRow, UpdateRow, DeleteRow, AssociationEdit, ConsoleWrite {
    String entity();
}
