package dev.rowboat.data.catalog;

import java.util.List;

/**
 * An entity as Hibernate maps it, before the live schema has been consulted.
 *
 * @param ids the id's attributes: one, or a composite id's parts in key order
 */
record MappedEntity(String name, String table, List<MappedAttribute> ids, List<MappedAttribute> attributes) {
    List<AttributeInfo> idInfos() {
        return ids.stream().map(MappedAttribute::info).toList();
    }
}
