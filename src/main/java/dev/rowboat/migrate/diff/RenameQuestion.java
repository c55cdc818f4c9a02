package dev.rowboat.migrate.diff;

/**
 * A rename the schema alone cannot tell from a drop and an add: the candidate drops {@code from}
 * and adds {@code to}; accepting the question ({@link Candidate#accept}) renames instead and keeps the data.
 *
 * @param table for a column rename, its table; for a table rename, null
 */
public record RenameQuestion(Kind kind, String table, String from, String to) {
    /** What would be renamed. */
    public enum Kind { COLUMN, TABLE }

    public static RenameQuestion column(String table, String from, String to) {
        return new RenameQuestion(Kind.COLUMN, table, from, to);
    }

    public static RenameQuestion table(String from, String to) {
        return new RenameQuestion(Kind.TABLE, null, from, to);
    }

    /** The question as a person reads it: {@code was column profile.about_me renamed to bio?} */
    public String question() {
        return kind == Kind.COLUMN
                ? "was column " + table + "." + from + " renamed to " + to + "?"
                : "was table " + from + " renamed to " + to + "?";
    }
}
