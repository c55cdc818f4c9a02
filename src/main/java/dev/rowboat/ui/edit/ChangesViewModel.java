package dev.rowboat.ui.edit;

import dev.rowboat.data.edit.ChangeWriter;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.edit.DeleteRow;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.WriteGuard;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unit of work of one connection: pending edits with undo and redo, saved together in one
 * transaction or discarded together. A refused save keeps every edit and marks what was refused.
 */
public final class ChangesViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ChangesViewModel.class);

    private final Supplier<ChangeWriter> writer;
    private final TaskExecutor executor;
    private final WriteGuard guard;
    private final PendingEdits pending = new PendingEdits();
    private final UndoStack undo = new UndoStack();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private ConflictResolver conflicts = (row, original, mine, theirs, text) -> ConflictResolver.Choice.DECIDE_LATER;
    private Runnable onSaved = () -> { };
    private Runnable onSchemaChanged = () -> { };

    public ChangesViewModel(Supplier<ChangeWriter> writer, TaskExecutor executor) {
        this(writer, executor, WriteGuard.none());
    }

    /** @param guard the connection's marks: no edits on a read-only one, a typed confirmation before saving to production */
    public ChangesViewModel(Supplier<ChangeWriter> writer, TaskExecutor executor, WriteGuard guard) {
        this.writer = writer;
        this.executor = executor;
        this.guard = guard;
        pending.countProperty().addListener((o, old, n) -> summary.set(describe(n.intValue())));
    }

    public PendingEdits pending() { return pending; }
    public UndoStack undoStack() { return undo; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty savingProperty() { return saving; }
    /** "3 unsaved changes", or empty. */
    public StringProperty summaryProperty() { return summary; }

    public void setConflictResolver(ConflictResolver resolver) {
        this.conflicts = resolver;
    }

    /** Called after a save is committed, e.g. to reload the grids. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Called after a save that ran console DDL (PostgreSQL, SQLite keep it in the transaction): the schema is read again. */
    public void setOnSchemaChanged(Runnable onSchemaChanged) {
        this.onSchemaChanged = onSchemaChanged;
    }

    /** Adds a console statement to the unit of work (undoable); it runs at Save, after the grids' edits. */
    public void queue(dev.rowboat.data.edit.ConsoleWrite write) {
        execute(new ConsoleWriteCommand(pending, write));
    }

    public boolean hasChanges() {
        return pending.count() > 0;
    }

    /** Whether the connection is read-only: nothing is edited, nothing saved. */
    public boolean readOnly() {
        return guard.readOnly();
    }

    /**
     * Applies an edit. On a read-only connection none is taken, whichever control asked: the grids
     * turn their editing off, and this is the one place every edit passes.
     */
    public void execute(EditCommand command) {
        if (guard.readOnly()) {
            message.set(WriteGuard.READ_ONLY + ": rows are shown, not edited.");
            return;
        }
        undo.execute(command);
        message.set("");
    }

    /**
     * Whether a write outside Save (console DDL the database commits at once) may run: never on a
     * read-only connection, on production after the typed name, as Save asks.
     */
    public boolean allowImmediateWrite(String action) {
        return guard.allow(action);
    }

    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    public void discard() {
        pending.clear();
        undo.clear();
        message.set("Changes discarded.");
    }

    public List<String> previewSql() {
        return writer.get().previewSql(pending.toEdits());
    }

    /** Validates, then writes every pending change in one transaction. */
    public void save() {
        if (!hasChanges() || saving.get()) {
            return;
        }
        List<RowEdit> edits = pending.toEdits();
        List<RowProblem> invalid = writer.get().validate(edits);
        if (!invalid.isEmpty()) {
            pending.showProblems(invalid);
            message.set(invalid.size() == 1 ? "1 problem remains: " + invalid.get(0).message() + " Fix it before saving."
                    : invalid.size() + " problems remain; they are marked in red. Fix them before saving.");
            return;
        }
        if (!guard.allow("save " + describe(edits.size()).replace("unsaved ", ""))) {
            message.set(guard.readOnly() ? WriteGuard.READ_ONLY + ": nothing can be saved."
                    : "Not saved: the database's name was not confirmed. Your changes are kept.");
            return;
        }
        saving.set(true);
        message.set("Saving " + describe(edits.size()) + " …");
        executor.submit("Save", cancel -> writer.get().save(edits), result -> {
            saving.set(false);
            pending.clear();
            undo.clear();
            message.set("Saved " + (result.rowsWritten() == 1 ? "1 change." : result.rowsWritten() + " changes."));
            onSaved.run();
            if (edits.stream().anyMatch(e -> e instanceof dev.rowboat.data.edit.ConsoleWrite write && write.changesSchema())) {
                onSchemaChanged.run();
            }
        }, failure -> {
            saving.set(false);
            refused(edits, failure);
        });
    }

    private void refused(List<RowEdit> edits, Throwable failure) {
        if (!(failure instanceof SaveException refused)) {
            LOG.warn("Save failed", failure);
            message.set("Nothing was saved: " + Messages.sentence(failure) + " Your changes are kept.");
            return;
        }
        pending.showProblems(refused.problems());
        List<RowRef> order = pending.order();
        for (RowProblem problem : refused.problems()) {
            if (problem.kind() == RowProblem.Kind.COMMIT_UNCERTAIN) {
                message.set("The connection broke while the database was committing: Rowboat cannot tell whether it saved your "
                        + describe(edits.size()) + ". Nothing is discarded: refresh to check before you Save again.");
                return;
            }
            if (problem.kind() == RowProblem.Kind.CONNECTION_LOST) {
                message.set("The connection broke during Save; nothing was saved. Your " + describe(edits.size())
                        + " are kept: Save again once the database is back.");
                return;
            }
        }
        message.set("Nothing was saved: " + refused.problems().get(0).message() + " Your changes are kept.");
        for (RowProblem problem : refused.problems()) {
            if (problem.kind() == RowProblem.Kind.CONFLICT && problem.editIndex() < order.size()) {
                askAboutConflict(order.get(problem.editIndex()), edits.get(problem.editIndex()), problem);
            }
        }
    }

    private void askAboutConflict(RowRef row, RowEdit edit, RowProblem problem) {
        var original = edit instanceof UpdateRow u ? u.original() : edit instanceof DeleteRow d ? d.original() : java.util.Map.<String, Object>of();
        var mine = edit instanceof UpdateRow u ? u.changed() : java.util.Map.<String, Object>of();
        switch (conflicts.resolve(row, original, mine, problem.theirs(), problem.message())) {
            case KEEP_MINE -> {
                if (problem.theirs() == null) {
                    message.set("The row was deleted by someone else; your change to it cannot be kept. Undo it or take theirs.");
                } else {
                    pending.rebase(row, problem.theirs());
                    message.set("Your values will replace theirs when you save again.");
                }
            }
            case TAKE_THEIRS -> {
                pending.drop(row);
                message.set("Your change to that row was dropped; reload to see their values.");
            }
            case DECIDE_LATER -> { }
        }
    }

    private static String describe(int n) {
        return n == 0 ? "" : n == 1 ? "1 unsaved change" : n + " unsaved changes";
    }
}
