package dev.rowboat.ui.console;

import dev.rowboat.data.console.Language;
import dev.rowboat.data.console.QueryConsole;
import dev.rowboat.data.console.ResultPage;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A result that is not whole rows of one entity (a projection, a grouping, a query with a limit,
 * any SQL): read-only, read a page at a time as the person scrolls, up to {@link QueryConsole#CAP}
 * rows, which it then says.
 */
public final class RowsResult {
    static final int PAGE = 200;

    private final Supplier<QueryConsole> console;
    private final TaskExecutor executor;
    private final Language language;
    private final String statement;
    private final List<String> columns;
    private final ObservableList<List<Object>> rows = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private long elapsedMillis;

    RowsResult(Supplier<QueryConsole> console, TaskExecutor executor, Language language, String statement, ResultPage first) {
        this.console = console;
        this.executor = executor;
        this.language = language;
        this.statement = statement;
        this.columns = first.columns();
        add(first);
    }

    public List<String> columns() { return columns; }
    public ObservableList<List<Object>> rows() { return rows; }
    public BooleanProperty moreProperty() { return more; }
    /** "4 rows in 12 ms", or how far it has read and why it stops. */
    public StringProperty summaryProperty() { return summary; }

    /** The Export… dialog's state for this result: the query run again, a page at a time, every row (no cap). */
    public dev.rowboat.ui.transfer.ExportViewModel exportViewModel() {
        return new dev.rowboat.ui.transfer.ExportViewModel(executor, "the query's result",
                () -> new dev.rowboat.data.transfer.ConsoleExportSource(console.get(), language, statement, "query_result"),
                console.get().dbms(), java.nio.file.Path.of(System.getProperty("user.home"), "query_result.csv"));
    }

    /** Reads the next page, when there is one and none is being read. */
    public void loadMore() {
        if (!more.get() || loading.get()) {
            return;
        }
        loading.set(true);
        int offset = rows.size();
        executor.submit("Read more rows", cancel -> console.get().select(language, statement, offset, PAGE, cancel), page -> {
            loading.set(false);
            add(page);
        }, failure -> {
            loading.set(false);
            summary.set("Could not read more rows: " + Messages.sentence(failure));
        });
    }

    private void add(ResultPage page) {
        int room = QueryConsole.CAP - rows.size();
        List<List<Object>> fresh = page.rows().size() > room ? page.rows().subList(0, room) : page.rows();
        rows.addAll(fresh);
        elapsedMillis += page.elapsed().toMillis();
        boolean capped = rows.size() >= QueryConsole.CAP && (page.more() || page.rows().size() > room);
        more.set(page.more() && !capped);
        String counted = count(rows.size()) + " in " + elapsedMillis + " ms";
        summary.set(capped ? "The first " + count(rows.size()) + ": the console keeps no more of a result it cannot page by key."
                + " Narrow the query, or select whole rows of an entity (from Post where …) to page through all of them."
                : more.get() ? "The first " + counted + "; more as you scroll." : counted + ".");
    }

    private static String count(int n) {
        return n == 1 ? "1 row" : String.format("%,d rows", n);
    }
}
