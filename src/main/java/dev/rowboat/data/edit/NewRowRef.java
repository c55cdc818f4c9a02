package dev.rowboat.data.edit;

/** A to-one value pointing at a row that the same save inserts. */
public record NewRowRef(String entity, int newRowNumber) {
}
