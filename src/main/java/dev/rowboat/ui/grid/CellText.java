package dev.rowboat.ui.grid;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How a value reads in a cell, the same in entity grids and console results. */
public final class CellText {
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CellText() {
    }

    public static String format(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof LocalDateTime time) {
            return DATE_TIME.format(time) + (time.getNano() == 0 ? "" : String.format(".%06d", time.getNano() / 1000));
        }
        if (value instanceof OffsetDateTime time) {
            return time.toString();
        }
        if (value instanceof byte[] bytes) {
            return bytes.length <= 16 ? dev.rowboat.data.paging.ValueParser.hex(bytes) + " (" + bytes.length + " bytes)" : "(" + bytes.length + " bytes)";
        }
        return value.toString();
    }
}
