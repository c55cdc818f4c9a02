package dev.rowboat.data.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One entity as the grids see it, whether it comes from an annotated class or, later, from a
 * reflected table.
 *
 * @param table the table's name as the database stores it (case included)
 * @param attributes the usable attributes in display order, the id first (a composite id's parts
 *     first, in the key's order)
 * @param label the attribute that best names a row (a unique string, else name/title/email, else the id)
 * @param missing what the live database lacks of the mapping; a missing table makes the entity unavailable
 * @param readOnlyReason why its rows are shown read-only, known by their position instead of a key
 *     (no usable key, a view); null for an entity that can be edited
 */
public record EntityInfo(String name, String table, boolean tablePresent, List<AttributeInfo> attributes,
                         String label, List<String> missing, String readOnlyReason) {

    /** An entity of the mapping. */
    public EntityInfo(String name, String table, boolean tablePresent, List<AttributeInfo> attributes,
                      String label, List<String> missing) {
        this(name, table, tablePresent, attributes, label, missing, null);
    }

    public EntityInfo {
        attributes = List.copyOf(attributes);
        missing = List.copyOf(missing);
    }

    /** The id's attribute; for a composite id, its first part (see {@link #idAttributes}). */
    public AttributeInfo id() {
        return attributes.get(0);
    }

    /** The id's attributes, first in the list: one, or a composite id's parts in the key's order. */
    public List<AttributeInfo> idAttributes() {
        return attributes.stream().takeWhile(a -> a.kind() == AttributeKind.ID).toList();
    }

    /** Whether rows are known by the values of several key columns, a {@link CompositeId}. */
    public boolean compositeId() {
        return attributes.size() > 1 && attributes.get(1).kind() == AttributeKind.ID;
    }

    /** Whether it has a grid: its table is there. */
    public boolean available() {
        return tablePresent;
    }

    /** Whether its rows can be edited, added and deleted: a mapped entity whose table is there. */
    public boolean editable() {
        return tablePresent && readOnlyReason == null;
    }

    /** Whether its rows are read-only and known by their position, not by a key. */
    public boolean keyless() {
        return readOnlyReason != null;
    }

    /** A sentence saying why it has no grid; empty where it has one. */
    public String whyUnavailable() {
        return available() ? "" : String.join("; ", missing) + ".";
    }

    public Optional<AttributeInfo> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** The same entity labelled by another attribute, chosen by the person. */
    public EntityInfo withLabel(String attributeName) {
        AttributeInfo chosen = attribute(attributeName).filter(a -> a.kind() == AttributeKind.BASIC || a.kind() == AttributeKind.ID)
                .orElseThrow(() -> new IllegalArgumentException(name + " has no value attribute " + attributeName));
        return new EntityInfo(name, table, tablePresent, attributes, chosen.name(), missing, readOnlyReason);
    }

    public AttributeInfo labelAttribute() {
        return attribute(label).orElse(id());
    }
}
