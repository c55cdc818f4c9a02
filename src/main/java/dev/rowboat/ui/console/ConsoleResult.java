package dev.rowboat.ui.console;

import dev.rowboat.ui.grid.EntityTableViewModel;

/**
 * One tab of the console's results: rows of an entity (its grid, editable), read-only rows, or
 * a plan.
 *
 * @param statement the statement that gave it, shown on the tab's tooltip
 * @param note what the person should know about it (its order, that it is editable), or null
 */
public record ConsoleResult(String title, String statement, EntityTableViewModel grid, RowsResult rows, String note) {
    static ConsoleResult ofGrid(String title, String statement, EntityTableViewModel grid, String note) {
        return new ConsoleResult(title, statement, grid, null, note);
    }

    static ConsoleResult ofRows(String title, String statement, RowsResult rows) {
        return new ConsoleResult(title, statement, null, rows, null);
    }
}
