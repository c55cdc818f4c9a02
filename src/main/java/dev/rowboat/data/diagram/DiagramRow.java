package dev.rowboat.data.diagram;

/** One line of an entity's box: a column (or association) with its type and whether it is a key or a foreign key. */
public record DiagramRow(String name, String type, boolean key, boolean foreignKey) {
    /** The mark shown before the name: PK, FK, or nothing. */
    public String mark() {
        return key ? "PK" : foreignKey ? "FK" : "";
    }
}
