package dev.rowboat.data.edit;

/**
 * A statement typed in the query console that changes data (or, where the database keeps DDL in
 * the transaction, the schema). It waits in the unit of work like a grid edit and runs at Save,
 * after the grid's edits and in the order it was run, in the same transaction.
 *
 * @param text the statement as typed, without a trailing semicolon
 * @param hql whether it is HQL (run through Hibernate) rather than the database's SQL
 * @param changesSchema whether it is DDL: after it is saved the schema is read again
 */
public record ConsoleWrite(String text, boolean hql, boolean changesSchema) implements RowEdit {
    /** It names no entity: it is the person's own statement, which may touch any. */
    @Override
    public String entity() {
        return "";
    }

    /** The statement in quotes for a sentence, its first line cut at 60 characters. */
    public String quoted() {
        return quoted(text);
    }

    /** A statement in quotes for a sentence, its first line cut at 60 characters. */
    public static String quoted(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        boolean cut = line.length() > 60 || text.strip().lines().count() > 1;
        return "\u201c" + (line.length() > 60 ? line.substring(0, 60) : line) + (cut ? "\u2026" : "") + "\u201d";
    }
}
