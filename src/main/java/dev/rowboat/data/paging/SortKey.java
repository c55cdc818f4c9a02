package dev.rowboat.data.paging;

/** The grid's order: one attribute, with the id breaking ties so that every row has a unique position. */
public record SortKey(String attribute, boolean descending) {
}
