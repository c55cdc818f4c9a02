package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * A grid's rows as its table stores them, read in the grid's order (its filters, sort and scope,
 * the joins its label filters need) with the grid's own keyset pages.
 */
final class GridTableRows implements TableRows {
    private final EntityPages pages;
    private final EntityInfo entity;
    private final GridQuery query;
    private final boolean h2;
    private final boolean sqlite;
    private final List<JdbcMapping> keyTypes;

    GridTableRows(EntityPages pages, EntityInfo entity, GridQuery query, Dialect dialect) {
        this.pages = pages;
        this.entity = entity;
        this.query = query;
        this.h2 = dialect instanceof H2Dialect;
        this.sqlite = dialect.getClass().getSimpleName().startsWith("SQLite");
        this.keyTypes = query.keyTypes();
    }

    @Override
    public String table() {
        return TableRows.portable(entity.table(), h2);
    }

    @Override
    public long count(QueryCancel cancel) {
        return pages.inSession(cancel, session -> {
            org.hibernate.query.SelectionQuery<Long> q = session.createSelectionQuery(query.countQuery(), Long.class);
            query.filterParameters().forEach(q::setParameter);
            return q.getSingleResult();
        });
    }

    @Override
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
                    List<Object[]> rows = StoredRowReader.read(session, sql.sql(), sql.parameters(), keyTypes, sqlite, h2,
                            read.columns(), read.keys());
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
}
