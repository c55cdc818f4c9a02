package dev.rowboat.data.paging;

/** The comparisons a column filter offers; all run on the server with bound parameters. */
public enum FilterOp {
    EQUALS("=", "equals", true, false),
    CONTAINS("≈", "contains", true, true),
    STARTS_WITH("a…", "starts with", true, true),
    ENDS_WITH("…z", "ends with", true, true),
    LESS_THAN("<", "less than", true, false),
    GREATER_THAN(">", "greater than", true, false),
    IS_NULL("∅", "is null", false, false),
    IS_NOT_NULL("≠∅", "is not null", false, false);

    private final String symbol;
    private final String label;
    private final boolean needsValue;
    private final boolean textOnly;

    FilterOp(String symbol, String label, boolean needsValue, boolean textOnly) {
        this.symbol = symbol;
        this.label = label;
        this.needsValue = needsValue;
        this.textOnly = textOnly;
    }

    public String symbol() { return symbol; }
    public String label() { return label; }
    public boolean needsValue() { return needsValue; }
    public boolean textOnly() { return textOnly; }
}
