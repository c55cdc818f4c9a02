package dev.rowboat.data.transfer;

/**
 * Why one row of a file was refused, or why the file cannot be read at all.
 *
 * @param line the file's line the row starts on (1 is the first line, a CSV header's)
 * @param column the file's column the problem is in; null for the whole row
 */
public record ImportProblem(int line, String column, String message) {
    @Override
    public String toString() {
        return "line " + line + (column == null ? "" : ", " + column) + ": " + message;
    }
}
