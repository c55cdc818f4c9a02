package dev.rowboat.data.transfer;

import dev.rowboat.data.console.Language;
import dev.rowboat.data.console.QueryConsole;
import dev.rowboat.data.console.ResultPage;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a console query, run again a page at a time (as the console pages its result), in
 * the query's own columns. A link an HQL query selects is written as its target's key.
 */
public final class ConsoleExportSource implements ExportSource {
    private final QueryConsole console;
    private final Language language;
    private final String text;
    private final String table;

    /** @param table the name INSERT statements write into (a query's rows come from no one table) */
    public ConsoleExportSource(QueryConsole console, Language language, String text, String table) {
        this.console = console;
        this.language = language;
        this.text = text;
        this.table = table;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public long count(QueryCancel cancel) {
        return -1;
    }

    @Override
    public void read(int pageSize, QueryCancel cancel, PageConsumer consumer) throws IOException {
        int offset = 0;
        while (true) {
            if (cancel.isCancelled()) {
                throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The export was cancelled.");
            }
            ResultPage page = console.select(language, text, offset, pageSize, cancel);
            if (offset == 0) {
                consumer.columns(page.columns());
            }
            List<Object[]> rows = new ArrayList<>(page.rows().size());
            for (List<Object> row : page.rows()) {
                rows.add(row.stream().map(ConsoleExportSource::plain).toArray());
            }
            if (!rows.isEmpty()) {
                consumer.page(rows);
            }
            if (!page.more() || rows.isEmpty()) {
                return;
            }
            offset += rows.size();
        }
    }

    private static Object plain(Object value) {
        return value instanceof RefValue ref ? ref.id() : value;
    }
}
