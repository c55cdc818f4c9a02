package dev.rowboat.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first moves over their control, not when the window is built: a
 * {@link Tooltip} is a popup window of its own, and the main window's and each grid's dozen of them
 * were a quarter of building their FXML. In FXML a control says {@code <properties tip="…"/>};
 * code calls {@link #set}. A scene shows them once {@link #enable} has been called for it.
 */
public final class Tips {
    /** The key of a control's pending tooltip text in its properties. */
    public static final String KEY = "tip";

    private Tips() {
    }

    /** Makes each pending tooltip in {@code scene} when the pointer first moves over its control. */
    public static void enable(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, e -> {
            for (Node node = e.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
                // hasProperties first: asking for the map would make one for every node the pointer passes
                if (node instanceof Control control && control.getTooltip() == null && control.hasProperties()
                        && control.getProperties().get(KEY) instanceof String text) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        });
    }

    /** Gives {@code control} this tooltip text: the tooltip's own if it is made, else pending. */
    public static void set(Control control, String text) {
        control.getProperties().put(KEY, text);
        if (control.getTooltip() != null) {
            control.getTooltip().setText(text);
        }
    }

    /** The text {@code control}'s tooltip shows, made or pending; null when it has none. */
    public static String text(Control control) {
        return control.getTooltip() != null ? control.getTooltip().getText()
                : control.hasProperties() && control.getProperties().get(KEY) instanceof String text ? text : null;
    }
}
