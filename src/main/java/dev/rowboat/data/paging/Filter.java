package dev.rowboat.data.paging;

/** One column filter as typed: the value is parsed to the column's type when the query is built. */
public record Filter(String attribute, FilterOp op, String value) {
    /**
     * The attribute name of Find's filter (Ctrl+F): its text in any of the entity's text columns.
     * No attribute can be called so: reflected names are identifiers.
     */
    public static final String ANY_TEXT = "*";

    /** Find: the rows with {@code text} in any of their text columns, ignoring case. */
    public static Filter anyText(String text) {
        return new Filter(ANY_TEXT, FilterOp.CONTAINS, text);
    }

    /** Whether this is Find's filter over every text column rather than one column's. */
    public boolean isAnyText() {
        return ANY_TEXT.equals(attribute);
    }
}
