package dev.rowboat.data.diagram;

import java.util.List;

/** Where a box's title and rows sit: shared by the layout (sizes), the SVG, the PNG and the window. */
public final class BoxMetrics {
    public static final double PADDING = 8;
    public static final double TITLE_HEIGHT = 24;
    public static final double ROW_HEIGHT = 18;
    /** Room for the PK / FK mark before a row's name. */
    public static final double MARK_WIDTH = 24;
    /** At least this much between a name and its type. */
    public static final double GAP = 16;
    /** Room for the window's font being a little wider than the one measured. */
    private static final double SLACK = 1.08;

    private BoxMetrics() {
    }

    static double width(String title, List<DiagramRow> rows) {
        double names = 0;
        double types = 0;
        for (DiagramRow row : rows) {
            names = Math.max(names, TextMeasure.width(row.name(), false));
            types = Math.max(types, TextMeasure.width(row.type(), false));
        }
        double body = PADDING + MARK_WIDTH + names + GAP + types + PADDING;
        return Math.ceil(Math.max(body, TextMeasure.width(title, true) + 2 * PADDING) * SLACK);
    }

    static double height(List<DiagramRow> rows) {
        return TITLE_HEIGHT + Math.max(1, rows.size()) * ROW_HEIGHT + PADDING / 2;
    }

    /** The baseline of a row's text, from the box's top. */
    public static double rowBaseline(int index) {
        return TITLE_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT - 5;
    }

    public static double titleBaseline() {
        return TITLE_HEIGHT - 7;
    }
}
