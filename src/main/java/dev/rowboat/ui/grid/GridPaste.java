package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.transfer.CsvRecordReader;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.ui.edit.Edits;
import dev.rowboat.ui.edit.RowRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ctrl+V of text copied from a spreadsheet (TSV) or a CSV file into a grid: from the focused cell
 * rightwards and downwards, the cells of the rows below are overwritten and what goes past the
 * last row becomes new rows, each value parsed as if typed. All of it is one step to undo; a
 * value that is refused is said in a sentence and nothing is pasted.
 */
public final class GridPaste {
    private final GridEditing editing;

    public GridPaste(GridEditing editing) {
        this.editing = editing;
    }

    /** The text's rows of cells: tab-separated where it has a tab (a spreadsheet's copy), else CSV of the delimiter its first line uses. */
    public static List<List<String>> cells(String text) {
        String trimmed = text.endsWith("\r\n") ? text.substring(0, text.length() - 2) : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (trimmed.isEmpty()) {
            return List.of();
        }
        char delimiter = trimmed.indexOf('\t') >= 0 ? '\t' : CsvRecordReader.detectDelimiter(trimmed);
        List<List<String>> records = CsvRecordReader.records(trimmed, delimiter);
        // as typed: an empty cell is empty text for a text column (NULL for the others, which parse decides)
        return records.stream().map(r -> r.stream().map(v -> v == null ? "" : v).toList()).toList();
    }

    /**
     * Pastes the text at a cell.
     *
     * @param rows the grid's rows in the order shown
     * @param columns the grid's columns' attributes in the order shown
     * @return the sentence for the status line: what was pasted, or why nothing was
     */
    public String paste(List<Row> rows, int startRow, List<AttributeInfo> columns, int startColumn, String text) {
        List<List<String>> cells = cells(text);
        if (cells.isEmpty()) {
            return "The clipboard holds no text to paste.";
        }
        if (!editing.mayChangeRows()) {
            return "Nothing was pasted: this grid's rows cannot be changed.";
        }
        Map<RowRef, Map<String, Object[]>> changed = new LinkedHashMap<>();
        List<Map<String, Object>> added = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            int at = startRow + r;
            Row row = at < rows.size() ? rows.get(at) : null;
            if (row != null && editing.isDeleted(row)) {
                return "Nothing was pasted: row " + (r + 1) + " of the text would go into a row marked for deletion.";
            }
            Map<String, Object[]> values = new LinkedHashMap<>();
            List<String> line = cells.get(r);
            for (int c = 0; c < line.size(); c++) {
                if (startColumn + c >= columns.size()) {
                    return "Nothing was pasted: the text has " + line.size() + " columns, the grid " + (columns.size() - startColumn)
                            + " from the selected one.";
                }
                AttributeInfo attribute = columns.get(startColumn + c);
                boolean editable = row == null ? editing.canEdit(attribute) : editing.canEdit(row, attribute);
                if (!editable) {
                    return "Nothing was pasted: " + attribute.name() + " cannot be edited" + (attribute.kind() == dev.rowboat.data.catalog.AttributeKind.ID
                            ? " (the database gives it); select the cell right of it to paste." : ".");
                }
                try {
                    Object value = editing.parse(attribute, line.get(c));
                    Object read = row == null ? null : row.cells().get(editingIndex(attribute));
                    values.put(attribute.name(), new Object[] {read, value});
                } catch (DatabaseException e) {
                    return "Nothing was pasted: row " + (r + 1) + ", " + attribute.name() + ": " + e.getMessage();
                }
            }
            if (row == null) {
                Map<String, Object> fresh = new LinkedHashMap<>();
                values.forEach((name, pair) -> fresh.put(name, pair[1]));
                added.add(fresh);
            } else {
                changed.put(editing.refOf(row), values);
            }
        }
        int count = changed.size() + added.size();
        editing.changes().execute(Edits.cells(editing.changes().pending(), editing.entity().name(), added, changed,
                "paste of " + count + (count == 1 ? " row" : " rows")));
        return "Pasted " + (changed.isEmpty() ? "" : changed.size() + " changed row" + (changed.size() == 1 ? "" : "s"))
                + (!changed.isEmpty() && !added.isEmpty() ? " and " : "")
                + (added.isEmpty() ? "" : added.size() + " new row" + (added.size() == 1 ? "" : "s")) + "; Undo takes it back.";
    }

    private int editingIndex(AttributeInfo attribute) {
        return editing.entity().attributes().indexOf(attribute);
    }
}
