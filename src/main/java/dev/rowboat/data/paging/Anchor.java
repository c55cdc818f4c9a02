package dev.rowboat.data.paging;

/** Where a page starts. Every anchor is answered with a keyset query, never with OFFSET. */
public sealed interface Anchor {
    record First() implements Anchor {}
    record Last() implements Anchor {}
    /** The page after this row. */
    record After(Key key) implements Anchor {}
    /** The page before this row. */
    record Before(Key key) implements Anchor {}
    /** The page starting with this row. */
    record At(Key key) implements Anchor {}
    /**
     * The page near a fraction of the way through the order (a scroll position); the start key is
     * interpolated between the smallest and largest sort value, so the position is approximate.
     */
    record Fraction(double value) implements Anchor {}

    static Anchor first() {
        return new First();
    }

    static Anchor last() {
        return new Last();
    }
}
