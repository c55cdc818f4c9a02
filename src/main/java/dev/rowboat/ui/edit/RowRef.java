package dev.rowboat.ui.edit;

/**
 * Which row an edit is about: an existing row by id, or a new row by its number within the
 * pending edits (its id comes from the database on Save).
 */
public record RowRef(String entity, Object id, int newRowNumber) {
    public static RowRef existing(String entity, Object id) {
        return new RowRef(entity, id, 0);
    }

    public static RowRef added(String entity, int newRowNumber) {
        return new RowRef(entity, null, newRowNumber);
    }

    public boolean isNew() {
        return newRowNumber > 0;
    }
}
