package dev.rowboat.data.diagram;

/** The crow's-foot mark at one end of a relationship line. */
public enum EdgeEnd {
    /** Exactly one: two bars. */
    ONE,
    /** At most one: a circle and a bar. */
    ZERO_OR_ONE,
    /** Any number: a crow's foot and a circle. */
    MANY
}
