package dev.rowboat.data.catalog;

import dev.rowboat.data.mapping.TextRule;

/**
 * One attribute of an entity as the grid needs it.
 *
 * @param column the column in the entity's table (basic, id, owning to-one; of a foreign key of
 *     several columns, the first Hibernate lists); null otherwise
 * @param targetEntity the entity an association points to; null for values
 * @param joinTable the association table of a many-to-many; null otherwise
 * @param unique whether a single-column unique constraint or index covers it; for a to-one of
 *     several columns, whether they are unique together (a one-to-one)
 * @param length the declared length of a string column, or null
 * @param version whether it is the entity's version (Hibernate's {@code @Version}), which a save
 *     checks and increments instead of comparing the edited columns
 * @param zone the time zone a date-time without zone is stored in, when the model says so
 *     ({@code @StoredInZone("UTC")} on the tutorial's timestamps); else null
 * @param readOnlyReason why its values cannot be edited (a type Rowboat cannot write back
 *     exactly); null where they can
 * @param textRule what its text must be beyond text (JSON, one of a list of values); null for none
 */
public record AttributeInfo(String name, AttributeKind kind, Class<?> javaType, String column,
                            String targetEntity, String joinTable, boolean nullable, boolean unique, Long length,
                            boolean version, String zone, String readOnlyReason, TextRule textRule) {

    /** An attribute whose text has no rule beyond its type. */
    public AttributeInfo(String name, AttributeKind kind, Class<?> javaType, String column,
                         String targetEntity, String joinTable, boolean nullable, boolean unique, Long length,
                         boolean version, String zone, String readOnlyReason) {
        this(name, kind, javaType, column, targetEntity, joinTable, nullable, unique, length, version, zone, readOnlyReason, null);
    }

    /** An attribute that can be edited. */
    public AttributeInfo(String name, AttributeKind kind, Class<?> javaType, String column,
                         String targetEntity, String joinTable, boolean nullable, boolean unique, Long length,
                         boolean version, String zone) {
        this(name, kind, javaType, column, targetEntity, joinTable, nullable, unique, length, version, zone, null);
    }

    /** An attribute that is not a version. */
    public AttributeInfo(String name, AttributeKind kind, Class<?> javaType, String column,
                         String targetEntity, String joinTable, boolean nullable, boolean unique, Long length) {
        this(name, kind, javaType, column, targetEntity, joinTable, nullable, unique, length, false, null, null);
    }

    public boolean isAssociation() {
        return kind == AttributeKind.TO_ONE || kind == AttributeKind.TO_MANY;
    }

    /** Whether the grid can sort and filter by it on the server. */
    public boolean isQueryable() {
        return kind != AttributeKind.TO_MANY;
    }

    public boolean isText() {
        return javaType == String.class;
    }
}
