package dev.rowboat.data.catalog;

import java.util.List;

/** An entity as Hibernate maps it, before the live schema has been consulted. */
record MappedEntity(String name, String table, MappedAttribute id, List<MappedAttribute> attributes) {
}
