package dev.rowboat.data.diagram;

/** How two entities are related, as the diagram draws it. */
public enum RelationKind {
    /** Many rows of the source point at one row of the target (a foreign key). */
    MANY_TO_ONE,
    /** A row of the source points at one row of the target, which has at most one such row (a unique foreign key). */
    ONE_TO_ONE,
    /** A collection on the source whose target has no attribute pointing back (a one-to-many by join column). */
    ONE_TO_MANY,
    /** A link of an association table: many rows on either side. */
    MANY_TO_MANY,
    /** A foreign key from an entity to itself (an employee's manager). */
    SELF_REFERENCE
}
