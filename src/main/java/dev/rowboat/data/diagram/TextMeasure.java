package dev.rowboat.data.diagram;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/**
 * Text widths in the diagram's font (SansSerif, 12 px; titles bold), from Java2D's font metrics,
 * which work headless: the command line sizes boxes without a window, and the window draws in the
 * same font at the same sizes.
 */
public final class TextMeasure {
    public static final String FONT_FAMILY = "SansSerif";
    public static final int FONT_SIZE = 12;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font PLAIN = new Font(FONT_FAMILY, Font.PLAIN, FONT_SIZE);
    private static final Font BOLD = new Font(FONT_FAMILY, Font.BOLD, FONT_SIZE);

    private TextMeasure() {
    }

    public static double width(String text, boolean bold) {
        return (bold ? BOLD : PLAIN).getStringBounds(text, CONTEXT).getWidth();
    }

    static Font font(boolean bold) {
        return bold ? BOLD : PLAIN;
    }
}
