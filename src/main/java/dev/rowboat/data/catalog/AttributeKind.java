package dev.rowboat.data.catalog;

/** How an attribute shows in a grid: a value, a link to one row, or a count of rows. */
public enum AttributeKind { ID, BASIC, TO_ONE, TO_MANY }
