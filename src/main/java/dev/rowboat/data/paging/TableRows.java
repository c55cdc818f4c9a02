package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * A grid's rows as its table stores them, every column in the table's order (a to-one as its
 * foreign key's value, not its label), read in the grid's order with keyset pages: what an
 * export streams. Each page is its own short statement after the last row's key, so nothing
 * holds a cursor open and the heap holds one page.
 */
public final class TableRows {
    /** Takes the pages as they are read. */
    public interface PageHandler {
        void columns(List<String> names) throws IOException;

        void page(List<Object[]> rows) throws IOException;
    }

    private final EntityPages pages;
    private final EntityInfo entity;
    private final GridQuery query;
    private final boolean h2;
    private final boolean sqlite;
    private final List<JdbcMapping> keyTypes;

    TableRows(EntityPages pages, EntityInfo entity, GridQuery query, Dialect dialect) {
        this.pages = pages;
        this.entity = entity;
        this.query = query;
        this.h2 = dialect instanceof H2Dialect;
        this.sqlite = dialect.getClass().getSimpleName().startsWith("SQLite");
        this.keyTypes = query.keyTypes();
        if (query.rawPageSql(GridQuery.Segment.ALL.get(0), 1).isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.NOT_FOUND, entity.name()
                    + " with this filter or scope is read through HQL only, so it cannot be exported as its table's rows yet.");
        }
    }

    /** The table's name, as H2 is written to as well (its upper-case names in lower case). */
    public String table() {
        return portable(entity.table());
    }

    /** An exact count of the rows the grid's filters let through. */
    public long count(QueryCancel cancel) {
        return pages.inSession(cancel, session -> {
            org.hibernate.query.SelectionQuery<Long> q = session.createSelectionQuery(query.countQuery(), Long.class);
            query.filterParameters().forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    /** Reads every row a page at a time, in the grid's order; the columns come first, even when there is no row. */
    public void read(int pageSize, QueryCancel cancel, PageHandler handler) throws IOException {
        Key last = null;
        boolean first = true;
        while (true) {
            if (cancel.isCancelled()) {
                throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The export was cancelled.");
            }
            Key after = last;
            RawPage page = pages.inSession(cancel, session -> {
                RawPage read = new RawPage(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                List<GridQuery.Segment> segments = after == null ? GridQuery.Segment.ALL : query.keyset(after, true, false);
                for (GridQuery.Segment segment : segments) {
                    int limit = pageSize - read.rows().size();
                    GridQuery.PageSql sql = query.rawPageSql(segment, limit).orElseThrow();
                    int[] width = new int[1];
                    RawValues[] values = new RawValues[1];
                    List<Object[]> rows = OwnStatement.query(session, sql.sql(), sql.parameters(), meta -> {
                        width[0] = meta.getColumnCount() - keyTypes.size();
                        values[0] = RawValues.of(meta, width[0], sqlite);
                        if (read.columns().isEmpty()) {
                            read.columns().addAll(names(meta, width[0]));
                        }
                    }, (rs, s) -> {
                        Object[] row = new Object[width[0]];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = values[0].read(rs, i + 1);
                        }
                        Object[] key = new Object[keyTypes.size()];
                        for (int i = 0; i < key.length; i++) {
                            key[i] = OwnStatement.read(rs, width[0] + 1 + i, keyTypes.get(i), s);
                        }
                        read.keys().add(key);
                        return row;
                    });
                    read.rows().addAll(rows);
                    if (read.rows().size() >= pageSize) {
                        break;
                    }
                }
                return read;
            });
            if (first) {
                handler.columns(page.columns());
                first = false;
            }
            if (page.rows().isEmpty()) {
                return;
            }
            handler.page(page.rows());
            if (page.rows().size() < pageSize) {
                return;
            }
            last = query.keyFrom(page.keys().get(page.keys().size() - 1));
        }
    }

    private record RawPage(List<String> columns, List<Object[]> rows, List<Object[]> keys) {
    }

    private List<String> names(ResultSetMetaData meta, int width) throws SQLException {
        List<String> names = new ArrayList<>(width);
        for (int i = 1; i <= width; i++) {
            names.add(portable(meta.getColumnName(i)));
        }
        return names;
    }

    /** H2 stores unquoted names in upper case; their portable form is lower case, as the other databases have them. */
    private String portable(String name) {
        return h2 && name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    }
}
