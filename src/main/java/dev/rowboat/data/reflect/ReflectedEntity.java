package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.schema.ColumnType;
import java.util.ArrayList;
import java.util.List;

/**
 * One table as an entity: its key (one column, or several in the primary key's order), its plain columns and the associations its foreign keys (and
 * those pointing at it) give it. Attribute names are unique within the entity.
 */
record ReflectedEntity(String name, String table, List<Column> key, List<Column> columns, List<ToOne> toOnes,
                       List<Inverse> inverses, List<ManyToMany> manyToMany) {

    /**
     * A column shown as a value.
     *
     * @param generated the database assigns it (identity, serial, rowid)
     * @param zone the zone a date-time without zone is stored in, when known; else null
     * @param readOnlyReason why it cannot be edited, or null
     * @param uniqueKey the name of a unique constraint or index it is part of, or null; declared
     *     in the mapping so that a save's refusal by that name is put in words about the column
     * @param textRule what its text must be (JSON, one of an enum's values), or null
     */
    record Column(String attribute, String column, ColumnType type, boolean nullable, boolean generated,
                  String zone, String readOnlyReason, String uniqueKey, TextRule textRule) {
    }

    /**
     * A foreign key seen from its table: many-to-one, or one-to-one where the key is unique.
     *
     * @param columns the key's columns, one, or several in the order of the target's key columns
     *     they refer to (the order Hibernate joins them in)
     * @param sharesColumns some of its columns are written by another attribute (a key part, a
     *     foreign key of one column), so the mapping leaves them all to it: Hibernate lets one
     *     attribute write a column, and an attribute writes all of its columns or none
     * @param foreignKey the key's name (null where the database keeps none), and the name of a
     *     unique constraint the column (all the columns) is part of: both named in refusals
     */
    record ToOne(String attribute, List<String> columns, String target, boolean unique, boolean nullable, boolean sharesColumns,
                 String foreignKey, String uniqueKey) {
        ToOne {
            columns = List.copyOf(columns);
        }

        /** The column, or the first of several. */
        String column() {
            return columns.get(0);
        }
    }

    /** A foreign key seen from the table it points at: one-to-many, or one-to-one; its columns as the to-one's. */
    record Inverse(String attribute, String source, String sourceToOne, List<String> columns, boolean oneToOne) {
        Inverse {
            columns = List.copyOf(columns);
        }
    }

    /**
     * A many-to-many through a link table; the owning side writes the links.
     *
     * @param keyColumns the link table's columns that hold this entity's key: one, or several in
     *     the order of this entity's key columns they refer to
     * @param otherColumns those that hold the target's key, in the order of its key columns
     */
    record ManyToMany(String attribute, String linkTable, List<String> keyColumns, List<String> otherColumns, String target,
                      boolean owning, String keyForeignKey, String otherForeignKey) {
        ManyToMany {
            keyColumns = List.copyOf(keyColumns);
            otherColumns = List.copyOf(otherColumns);
        }
    }

    boolean compositeKey() {
        return key.size() > 1;
    }

    List<String> attributeNames() {
        List<String> names = new ArrayList<>();
        key.forEach(c -> names.add(c.attribute()));
        columns.forEach(c -> names.add(c.attribute()));
        toOnes.forEach(t -> names.add(t.attribute()));
        inverses.forEach(i -> names.add(i.attribute()));
        manyToMany.forEach(m -> names.add(m.attribute()));
        return names;
    }
}
