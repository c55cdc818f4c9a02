package dev.rowboat.data.edit;

import java.util.List;

/**
 * Writes a person's pending edits as one unit of work: all of them in one transaction, or none.
 * Called off the FX thread.
 */
public interface ChangeWriter {
    /** Problems found without the database's help: not-null, length, numeric range, type. */
    List<RowProblem> validate(List<RowEdit> edits);

    /**
     * The SQL that {@link #save} would run, one statement per line, with values shown as literals.
     * For reading only; it is never executed.
     */
    List<String> previewSql(List<RowEdit> edits);

    /**
     * Saves all edits in one transaction: inserts first (rows that others reference before
     * those), then updates, then deletes. Every UPDATE and DELETE must touch exactly one row.
     *
     * @throws SaveException when anything is refused; the transaction is rolled back, and the
     *     problems say which edits and why
     */
    SaveResult save(List<RowEdit> edits);
}
