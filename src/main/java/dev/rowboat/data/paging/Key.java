package dev.rowboat.data.paging;

/** A row's position in a sort order: its sort value and its id. */
public record Key(Object sortValue, Object id) {
}
