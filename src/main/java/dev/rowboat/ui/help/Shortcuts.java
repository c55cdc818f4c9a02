package dev.rowboat.ui.help;

import dev.rowboat.ui.grid.GridKeys;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/**
 * Help › Keyboard shortcuts' rows, read from what answers the keys rather than written down
 * beside it: every menu item's accelerator, then the grid's own keys ({@link GridKeys}).
 */
public final class Shortcuts {
    /** One key: how it is typed, what it does, and where (a menu's path, or "Grid"). */
    public record Shortcut(String keys, String action, String where) {
    }

    private Shortcuts() {
    }

    public static List<Shortcut> of(MenuBar menus) {
        List<Shortcut> rows = new ArrayList<>();
        for (Menu menu : menus.getMenus()) {
            collect(menu, plain(menu.getText()), rows);
        }
        for (GridKeys.KeyHelp key : GridKeys.help()) {
            rows.add(new Shortcut(key.keys(), key.action(), "Grid"));
        }
        return rows;
    }

    private static void collect(Menu menu, String path, List<Shortcut> rows) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " › " + plain(sub.getText()), rows);
            } else if (item.getAccelerator() != null) {
                rows.add(new Shortcut(item.getAccelerator().getDisplayText(), plain(item.getText()), path));
            }
        }
    }

    /** A menu's text as read: "_Open database…" is "Open database…" (the mnemonic's mark dropped, "__" kept as "_"). */
    static String plain(String text) {
        return text == null ? "" : text.replace("__", "\u0000").replace("_", "").replace('\u0000', '_');
    }
}
