package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A grid whose query has no SQL of Rowboat's own (a console query's rows, a many-to-many scope):
 * its pages are read as the grid reads them, through HQL, and each page's rows then as the table
 * stores them, by their ids ({@code where id in (...)}), kept in the grid's order. Two statements a
 * page instead of one, but the same rows in the same order as the grid shows.
 */
final class IdListTableRows implements TableRows {
    /** Ids per {@code in (...)}: within every database's limit on bound parameters. */
    private static final int MOST_IDS = 1_000;
    private final EntityPages pages;
    private final EntityInfo entity;
    private final SortKey sort;
    private final List<Filter> filters;
    private final Scope scope;
    private final String table;
    private final String idColumn;
    private final JdbcMapping idType;
    private final boolean h2;
    private final boolean sqlite;

    IdListTableRows(EntityPages pages, EntityInfo entity, SortKey sort, List<Filter> filters, Scope scope, EntityPersister persister,
                    boolean h2, boolean sqlite) {
        this.pages = pages;
        this.entity = entity;
        this.sort = sort;
        this.filters = List.copyOf(filters);
        this.scope = scope;
        this.h2 = h2;
        this.sqlite = sqlite;
        List<org.hibernate.metamodel.mapping.SelectableMapping> columns = new ArrayList<>();
        persister.getIdentifierMapping().forEachSelectable((index, column) -> columns.add(column));
        if (columns.size() != 1) {
            throw new DatabaseException(DatabaseException.Kind.NOT_FOUND, entity.name()
                    + " is keyed by several columns and this grid is read through HQL only, so it cannot be exported yet.");
        }
        this.table = columns.get(0).getContainingTableExpression();
        this.idColumn = "e." + columns.get(0).getSelectionExpression();
        this.idType = columns.get(0).getJdbcMapping();
    }

    @Override
    public String table() {
        return TableRows.portable(entity.table(), h2);
    }

    @Override
    public long count(QueryCancel cancel) {
        return pages.count(entity.name(), filters, scope, cancel);
    }

    @Override
    public void read(int pageSize, QueryCancel cancel, PageHandler handler) throws IOException {
        int size = Math.min(pageSize, MOST_IDS);
        Anchor anchor = Anchor.first();
        boolean first = true;
        while (true) {
            if (cancel.isCancelled()) {
                throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The export was cancelled.");
            }
            Page page = pages.fetch(new PageRequest(entity.name(), sort, filters, anchor, size, scope), cancel);
            List<Object> ids = page.rows().stream().map(Row::id).toList();
            List<String> columns = new ArrayList<>();
            List<Object[]> rows = byIds(ids, columns, cancel);
            if (first) {
                handler.columns(columns);
                first = false;
            }
            if (!rows.isEmpty()) {
                handler.page(rows);
            }
            if (!page.moreAfter() || page.rows().isEmpty()) {
                return;
            }
            anchor = new Anchor.After(page.rows().get(page.rows().size() - 1).key());
        }
    }

    /** The rows with these ids as stored, in the order of the ids. */
    private List<Object[]> byIds(List<Object> ids, List<String> columns, QueryCancel cancel) {
        String in = ids.isEmpty() ? "null" : String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        String sql = "select e.*, " + idColumn + " from " + table + " e where " + idColumn + " in (" + in + ")";
        List<OwnStatement.Parameter> parameters = ids.stream().map(id -> new OwnStatement.Parameter(id, idType)).toList();
        Map<Object, Object[]> byId = new HashMap<>();
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> rows = pages.inSession(cancel,
                session -> StoredRowReader.read(session, sql, parameters, List.of(idType), sqlite, h2, columns, keys));
        for (int i = 0; i < rows.size(); i++) {
            byId.put(keys.get(i)[0], rows.get(i));
        }
        List<Object[]> ordered = new ArrayList<>(ids.size());
        for (Object id : ids) {
            Object[] row = byId.get(idType.getJavaTypeDescriptor().coerce(id));
            if (row != null) { // deleted since the page was read
                ordered.add(row);
            }
        }
        return ordered;
    }
}
