package dev.rowboat.ui.grid;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The grid's own keys, each with what it does: the grid runs its key presses from this list and
 * Help › Keyboard shortcuts lists it, so the two cannot disagree. (Keys that are also menu
 * items, such as Ctrl+N, are the menus' and listed from there.)
 */
public final class GridKeys {
    /** A key the grid answers while none of its cells is being edited. */
    record GridKey(KeyCombination keys, String action, Consumer<EntityTableView> run) {
    }

    /** A key, or a way of typing, and what it does, as Help lists it. */
    public record KeyHelp(String keys, String action) {
    }

    static final List<GridKey> KEYS = List.of(
            new GridKey(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    "Follow the cell's link: to the row it names, or to the rows it counts", EntityTableView::followSelected),
            new GridKey(new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHIFT_ANY),
                    "Mark the selected rows for deletion", EntityTableView::deleteSelected),
            new GridKey(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "Set the cell to NULL", EntityTableView::setSelectedNull),
            new GridKey(new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    "Paste cells copied from a spreadsheet (tab-separated) or CSV", EntityTableView::pasteClipboard),
            new GridKey(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    "Link or unlink the rows of a many-to-many cell", EntityTableView::openSelectedLinks),
            new GridKey(new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN),
                    "Copy the selected cells, tab-separated", EntityTableView::copySelection),
            new GridKey(new KeyCodeCombination(KeyCode.HOME, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    "The first rows", view -> view.viewModel().loadFirst()),
            new GridKey(new KeyCodeCombination(KeyCode.END, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_ANY),
                    "The last row", EntityTableView::selectLast));

    private GridKeys() {
    }

    /** Every key of the grid and its find bar, and typing on a cell, as Help lists them. */
    public static List<KeyHelp> help() {
        List<KeyHelp> help = new java.util.ArrayList<>(KEYS.stream().map(key -> new KeyHelp(key.keys().getDisplayText(), key.action())).toList());
        help.add(new KeyHelp("Typing", "Edit the selected cell, starting with what is typed"));
        help.add(new KeyHelp(FindBar.CLOSE.getDisplayText() + " (in Find)", "Close the find bar and show every row again"));
        help.add(new KeyHelp("Enter (in a column's filter box)", "Filter the grid by that column")); // a text field's action
        return help;
    }
}
