package dev.rowboat.ui.edit;

/** Stands in a grid row for the id a new row gets on Save; shows as the database filling it. */
public record NewRowId(int number) {
    @Override
    public String toString() {
        return "(new)";
    }
}
