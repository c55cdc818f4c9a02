package dev.rowboat.ui.grid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Selected cells as tab-separated text that pastes into a spreadsheet: the smallest block that
 * holds them (cells of the block left unselected are empty), a row a line, no header. A value with a
 * tab, a line break or a quote is quoted as spreadsheets quote it on copy, quotes doubled.
 */
public final class CellCopy {
    /** One selected cell: its row and column on screen, and its text as the grid shows it. */
    public record Cell(int row, int column, String text) {
    }

    private CellCopy() {
    }

    public static String tsv(List<Cell> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        int top = Integer.MAX_VALUE;
        int bottom = Integer.MIN_VALUE;
        int left = Integer.MAX_VALUE;
        int right = Integer.MIN_VALUE;
        Map<Long, String> texts = new HashMap<>();
        for (Cell cell : cells) {
            top = Math.min(top, cell.row());
            bottom = Math.max(bottom, cell.row());
            left = Math.min(left, cell.column());
            right = Math.max(right, cell.column());
            texts.put(key(cell.row(), cell.column()), cell.text());
        }
        StringBuilder out = new StringBuilder();
        for (int row = top; row <= bottom; row++) {
            for (int column = left; column <= right; column++) {
                if (column > left) {
                    out.append('\t');
                }
                String text = texts.get(key(row, column));
                if (text != null) {
                    out.append(field(text));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String field(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static long key(int row, int column) {
        return ((long) row << 32) | (column & 0xffffffffL);
    }
}
