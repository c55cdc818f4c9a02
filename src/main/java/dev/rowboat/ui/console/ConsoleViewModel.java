package dev.rowboat.ui.console;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.console.ConsoleHistory;
import dev.rowboat.data.console.ConsoleStatement;
import dev.rowboat.data.console.EntityQuery;
import dev.rowboat.data.console.ErrorPositions;
import dev.rowboat.data.console.Language;
import dev.rowboat.data.console.ResultPage;
import dev.rowboat.data.console.ScriptSplitter;
import dev.rowboat.data.console.StatementKind;
import dev.rowboat.data.edit.ConsoleWrite;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.grid.EntityTableViewModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The query console of one connection. Queries open result tabs; a query over whole rows of one
 * entity opens that entity's grid, editable. A statement that writes is tried (and rolled back)
 * to learn what it does, then waits in the connection's unit of work for Save. DDL asks first,
 * and where the database commits it at once (MariaDB, H2) the question says so.
 */
public final class ConsoleViewModel {
    /** A statement, where it is in the editor, and the language it is read in. */
    private record Step(ConsoleStatement statement, Language language) {
        String text() {
            return statement.text();
        }
    }

    private final Supplier<OpenDatabase> database;
    private final TaskExecutor executor;
    private final Supplier<ChangesViewModel> changes;
    private final Notifier notifier;
    private final Function<EntityQuery, Optional<EntityTableViewModel>> grids;
    private final Runnable onSchemaChanged;
    private final ConsoleHistory history;
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.HQL);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** Where in the editor the last error points, or -1. */
    private final IntegerProperty errorAt = new SimpleIntegerProperty(-1);
    /** Whether the message is a failure's. */
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObservableList<ConsoleResult> results = FXCollections.observableArrayList();
    private TaskHandle current;
    private int resultNumber;

    /**
     * @param grids the grid of an entity's rows a query selected, from the window's catalog
     * @param onSchemaChanged DDL was committed: the window reads the schema again
     */
    public ConsoleViewModel(Supplier<OpenDatabase> database, TaskExecutor executor, Supplier<ChangesViewModel> changes,
                            Notifier notifier, Function<EntityQuery, Optional<EntityTableViewModel>> grids,
                            Runnable onSchemaChanged, ConsoleHistory history) {
        this.database = database;
        this.executor = executor;
        this.changes = changes;
        this.notifier = notifier;
        this.grids = grids;
        this.onSchemaChanged = onSchemaChanged;
        this.history = history;
    }

    public ObjectProperty<Language> languageProperty() { return language; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty runningProperty() { return running; }
    public IntegerProperty errorAtProperty() { return errorAt; }
    public BooleanProperty failedProperty() { return failed; }
    public ObservableList<ConsoleResult> results() { return results; }
    public ConsoleHistory history() { return history; }

    /** The examples the empty console shows: the tutorial's queries, as HQL. */
    public static String examples() {
        return """
                -- Ctrl+Enter runs the statement under the caret, Ctrl+Shift+Enter the whole script.
                -- The tutorial's queries as HQL (the box above switches to the database's own SQL):
                -- User.query.filter_by(username='susan').first()
                from User where username = 'susan' order by id limit 1;
                -- User.query.filter(User.email.endswith('@example.com')).all()
                from User u where u.email like '%@example.com';
                -- User.query.order_by(User.username.desc()).all()
                from User u order by u.username desc;
                -- User.query.get(1)
                from User where id = 1;
                """;
    }

    /** Runs the statement under the caret (Ctrl+Enter). */
    public void runAt(String script, int caret) {
        ScriptSplitter.at(script, caret, dbms()).ifPresentOrElse(s -> run(List.of(s)),
                () -> message.set("Nothing to run here: type a statement, or put the caret on one."));
    }

    /** Runs every statement of the script in turn, stopping at the first that fails (Ctrl+Shift+Enter). */
    public void runScript(String script) {
        List<ConsoleStatement> statements = ScriptSplitter.split(script, dbms());
        if (statements.isEmpty()) {
            message.set("Nothing to run: the script has no statement.");
            return;
        }
        run(statements);
    }

    /** The database's plan for the statement under the caret, as a result tab. */
    public void explainAt(String script, int caret) {
        Optional<ConsoleStatement> found = ScriptSplitter.at(script, caret, dbms());
        if (found.isEmpty()) {
            message.set("Nothing to explain here: put the caret on a statement.");
            return;
        }
        Step step = new Step(found.get(), language.get());
        start("Explain", cancel -> database.get().console().explain(step.language(), step.text(), cancel), page -> {
            results.add(ConsoleResult.ofRows("Plan " + (++resultNumber), step.text(), rowsOf(step, page)));
            message.set("The plan of " + quoted(step.text()) + ".");
        }, step);
    }

    /** Stops what is running; the database cancels the statement. */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel();
            running.set(false);
            message.set("Cancelled.");
        }
    }

    /** Ctrl+Up: the statement run before the one shown. */
    public Optional<String> previousInHistory() {
        return history.previous();
    }

    /** Ctrl+Down: the statement run after the one shown; empty past the newest. */
    public Optional<String> nextInHistory() {
        return history.next();
    }

    public List<String> searchHistory(String text) {
        return history.search(text);
    }

    public Map<String, String> savedQueries() {
        return history.saved();
    }

    public void saveQuery(String name, String text) {
        if (name == null || name.isBlank() || text == null || text.isBlank()) {
            return;
        }
        history.save(name.strip(), text.strip());
        message.set("Saved as \u201c" + name.strip() + "\u201d.");
    }

    private void run(List<ConsoleStatement> statements) {
        history.resetCursor();
        errorAt.set(-1);
        runFrom(statements, 0, language.get());
    }

    private void runFrom(List<ConsoleStatement> statements, int index, Language chosen) {
        if (index >= statements.size()) {
            return;
        }
        Step step = new Step(statements.get(index), chosen);
        history.add(step.text());
        Runnable next = () -> runFrom(statements, index + 1, chosen);
        switch (StatementKind.of(step.text())) {
            case QUERY -> query(step, next);
            case TRANSACTION -> message.set("Rowboat keeps the transaction: your changes wait until Save commits them,"
                    + " and Discard throws them away. " + quoted(step.text()) + " was not run.");
            case DDL -> ddl(step, next);
            default -> write(step, next, false);
        }
    }

    private void query(Step step, Runnable next) {
        start("Query", cancel -> database.get().console().first(step.language(), step.text(), RowsResult.PAGE, cancel), outcome -> {
            if (outcome.entity() != null) {
                showGrid(step, outcome.entity());
            } else {
                RowsResult rows = rowsOf(step, outcome.page());
                results.add(ConsoleResult.ofRows("Result " + (++resultNumber), step.text(), rows));
                message.set(rows.summaryProperty().get());
            }
            next.run();
        }, step);
    }

    private void showGrid(Step step, EntityQuery query) {
        Optional<EntityTableViewModel> grid = grids.apply(query);
        if (grid.isEmpty()) {
            message.set(query.entity() + " cannot be shown here.");
            return;
        }
        if (query.sort() != null) {
            grid.get().sortProperty().set(query.sort());
        }
        String note = "Rows of " + query.entity() + ": edit, link and follow them as in its grid; Save writes them."
                + (query.sortNote() == null ? "" : " " + query.sortNote());
        String title = query.entity() + " " + (++resultNumber);
        results.add(ConsoleResult.ofGrid(title, step.text(), grid.get(), note));
        message.set("Rows of " + query.entity() + " in tab \u201c" + title + "\u201d, editable.");
    }

    private void ddl(Step step, Runnable next) {
        var dbms = dbms();
        if (StatementKind.ddlCommitsAtOnce(dbms)) {
            if (!notifier.confirm("Change the schema now?", quoted(step.text()) + " changes the schema. "
                    + dbms.displayName() + " commits such a statement at once: it does not wait for Save, and Discard"
                    + " cannot take it back. Run it now?")) {
                message.set("Not run: " + quoted(step.text()) + ".");
                return;
            }
            if (!changes.get().allowImmediateWrite("run " + quoted(step.text()))) {
                message.set("Not run: " + quoted(step.text()) + (database.get().readOnly() ? " on a read-only connection."
                        : ": the database's name was not confirmed."));
                return;
            }
            start("Run", cancel -> database.get().console().runNow(step.language(), step.text(), cancel), changed -> {
                message.set("Done: " + quoted(step.text()) + " is committed. The schema is read again.");
                onSchemaChanged.run();
                next.run();
            }, step);
            return;
        }
        if (!notifier.confirm("Change the schema?", quoted(step.text()) + " changes the schema. On "
                + dbms.displayName() + " it joins your unsaved changes: it runs when you Save, in the same transaction,"
                + " and Discard drops it. Add it?")) {
            message.set("Not added: " + quoted(step.text()) + ".");
            return;
        }
        write(step, next, true);
    }

    /** Tries a write (rolled back), then adds it to the unit of work. */
    private void write(Step step, Runnable next, boolean schema) {
        start("Try", cancel -> database.get().console().tryWrite(step.language(), step.text(), cancel), changed -> {
            changes.get().queue(new ConsoleWrite(step.text(), step.language() == Language.HQL, schema));
            message.set((schema ? "Waiting for Save: " + quoted(step.text()) + "."
                    : (changed == 1 ? "1 row" : String.format("%,d rows", changed)) + " will change when you Save;"
                            + " nothing is written until then, and Discard drops it.")
                    + " The SQL preview shows it.");
            next.run();
        }, step);
    }

    private RowsResult rowsOf(Step step, ResultPage page) {
        return new RowsResult(() -> database.get().console(), executor, step.language(), step.text(), page);
    }

    private <T> void start(String what, dev.rowboat.ui.common.BackgroundWork<T> work, java.util.function.Consumer<T> done,
                           Step step) {
        running.set(true);
        failed.set(false);
        message.set("Running " + quoted(step.text()) + " …");
        current = executor.submit("Console: " + what, work, value -> {
            running.set(false);
            done.accept(value);
        }, failure -> {
            running.set(false);
            failed(step, failure);
        });
    }

    private void failed(Step step, Throwable failure) {
        if (failure instanceof DatabaseException e && e.kind() == DatabaseException.Kind.CANCELLED) {
            message.set("Cancelled: " + quoted(step.text()) + ".");
            return;
        }
        failed.set(true);
        var at = ErrorPositions.of(dbms(), step.text(), failure);
        at.ifPresent(offset -> errorAt.set(step.statement().start() + offset));
        message.set(where(step, at) + Messages.sentence(failure));
    }

    /** "Line 2, column 8: " for an error that points somewhere. */
    private static String where(Step step, java.util.OptionalInt at) {
        if (at.isEmpty()) {
            return "";
        }
        String before = step.text().substring(0, Math.min(at.getAsInt(), step.text().length()));
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.length() - before.lastIndexOf('\n');
        return "Line " + line + ", column " + column + ": ";
    }

    private dev.rowboat.schema.Dbms dbms() {
        return database.get().spec().dbms();
    }

    private static String quoted(String statement) {
        return ConsoleWrite.quoted(statement);
    }
}
