package dev.rowboat.data;

import java.text.NumberFormat;
import java.util.Locale;

/** How many rows a table has, and how sure we are of it. */
public record RowCount(long value, Precision precision) {
    /** Exact, an estimate from the database's statistics, or a lower bound. */
    public enum Precision { EXACT, ESTIMATE, AT_LEAST }

    public String describe() {
        String n = NumberFormat.getIntegerInstance(Locale.US).format(value);
        return switch (precision) {
            case EXACT -> n;
            case ESTIMATE -> "≈" + n;
            case AT_LEAST -> "> " + n;
        };
    }
}
