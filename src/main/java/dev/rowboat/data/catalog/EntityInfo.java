package dev.rowboat.data.catalog;

import java.util.List;
import java.util.Optional;

/**
 * One entity as the grids see it, whether it comes from an annotated class or, later, from a
 * reflected table.
 *
 * @param table the table's name as the database stores it (case included)
 * @param attributes the usable attributes in display order, the id first
 * @param label the attribute that best names a row (a unique string, else name/title/email, else the id)
 * @param missing what the live database lacks of the mapping; a missing table makes the entity unavailable
 */
public record EntityInfo(String name, String table, boolean tablePresent, List<AttributeInfo> attributes,
                         String label, List<String> missing) {

    public EntityInfo {
        attributes = List.copyOf(attributes);
        missing = List.copyOf(missing);
    }

    public AttributeInfo id() {
        return attributes.get(0);
    }

    public boolean available() {
        return tablePresent;
    }

    public Optional<AttributeInfo> attribute(String attributeName) {
        return attributes.stream().filter(a -> a.name().equals(attributeName)).findFirst();
    }

    /** The same entity labelled by another attribute, chosen by the person. */
    public EntityInfo withLabel(String attributeName) {
        AttributeInfo chosen = attribute(attributeName).filter(a -> a.kind() == AttributeKind.BASIC || a.kind() == AttributeKind.ID)
                .orElseThrow(() -> new IllegalArgumentException(name + " has no value attribute " + attributeName));
        return new EntityInfo(name, table, tablePresent, attributes, chosen.name(), missing);
    }

    public AttributeInfo labelAttribute() {
        return attribute(label).orElse(id());
    }
}
