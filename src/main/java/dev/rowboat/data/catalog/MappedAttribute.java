package dev.rowboat.data.catalog;

/** An attribute as Hibernate maps it, before the live schema has been consulted. */
record MappedAttribute(AttributeInfo info, String checkedTable, String checkedColumn) {
}
