package dev.rowboat.data.paging;

import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.metamodel.mapping.JdbcMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * A whole table, or the rows a SQL condition on its own columns lets through, in the order of its
 * key: one statement per page on the table alone, {@code select * from t where k > ? order by k
 * limit n}, which every database answers by walking the key's index. No join is made, so it is
 * the fastest way to read a table's rows as they are stored.
 */
final class KeyedTableRows implements TableRows {
    private static final String ROOT = "e";
    private final EntityPages pages;
    private final EntityInfo entity;
    private final String from;
    private final List<String> keyColumns = new ArrayList<>();
    private final List<JdbcMapping> keyTypes = new ArrayList<>();
    private final String where;
    private final boolean h2;
    private final boolean sqlite;

    /** @param where a SQL condition on the table's columns, or null for every row */
    KeyedTableRows(EntityPages pages, EntityInfo entity, EntityPersister persister, boolean h2, boolean sqlite, String where) {
        this.pages = pages;
        this.entity = entity;
        this.h2 = h2;
        this.sqlite = sqlite;
        this.where = where == null || where.isBlank() ? null : where.strip();
        String[] table = new String[1];
        java.util.Map<String, org.hibernate.metamodel.mapping.SelectableMapping> byName = new java.util.LinkedHashMap<>();
        persister.getIdentifierMapping().forEachSelectable((index, column) -> {
            table[0] = column.getSelectionExpression() == null ? null : column.getContainingTableExpression();
            byName.put(plain(column.getSelectionExpression()), column);
        });
        // in the key's order, which Hibernate's embedded id (its parts by name) may not keep
        for (var attribute : entity.idAttributes()) {
            var column = attribute.column() == null ? null : byName.remove(plain(attribute.column()));
            if (column != null) {
                keyColumns.add(ROOT + "." + column.getSelectionExpression());
                keyTypes.add(column.getJdbcMapping());
            }
        }
        byName.values().forEach(column -> {
            keyColumns.add(ROOT + "." + column.getSelectionExpression());
            keyTypes.add(column.getJdbcMapping());
        });
        if (table[0] == null || keyColumns.isEmpty()) {
            throw new DatabaseException(DatabaseException.Kind.NOT_FOUND, entity.name() + " has no key columns to read its rows in order by.");
        }
        this.from = " from " + table[0] + " " + ROOT;
    }

    private static String plain(String name) {
        return name == null ? "" : name.replace("\"", "").replace("`", "").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String table() {
        return TableRows.portable(entity.table(), h2);
    }

    @Override
    public long count(QueryCancel cancel) {
        String sql = "select count(*)" + from + (where == null ? "" : " where (" + where + ")");
        return pages.inSession(cancel, session -> OwnStatement.query(session, sql, List.of(), (rs, s) -> rs.getLong(1)).get(0));
    }

    @Override
    public void read(int pageSize, QueryCancel cancel, PageHandler handler) throws IOException {
        String select = "select " + ROOT + ".*, " + String.join(", ", keyColumns) + from;
        String order = " order by " + String.join(", ", keyColumns) + " limit " + pageSize;
        Object[] last = null;
        boolean first = true;
        while (true) {
            if (cancel.isCancelled()) {
                throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The export was cancelled.");
            }
            List<OwnStatement.Parameter> parameters = new ArrayList<>();
            List<String> conditions = new ArrayList<>();
            if (where != null) {
                conditions.add("(" + where + ")");
            }
            if (last != null) {
                conditions.add(after(last, parameters));
            }
            String sql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
            List<String> columns = new ArrayList<>();
            List<Object[]> keys = new ArrayList<>();
            List<Object[]> rows = pages.inSession(cancel,
                    session -> StoredRowReader.read(session, sql, parameters, keyTypes, sqlite, h2, columns, keys));
            if (first) {
                handler.columns(columns);
                first = false;
            }
            if (rows.isEmpty()) {
                return;
            }
            handler.page(rows);
            if (rows.size() < pageSize) {
                return;
            }
            last = keys.get(keys.size() - 1);
        }
    }

    /**
     * The key after this one: {@code k > ?}, or for a key of several columns
     * {@code a >= ? and (a > ? or b > ?)} (with b compared where a is equal), whose leading bound
     * lets the index seek.
     */
    private String after(Object[] key, List<OwnStatement.Parameter> parameters) {
        StringBuilder sql = new StringBuilder();
        int n = keyColumns.size();
        for (int i = 0; i < n - 1; i++) {
            sql.append('(').append(keyColumns.get(i)).append(" >= ? and (").append(keyColumns.get(i)).append(" > ? or ");
            parameters.add(new OwnStatement.Parameter(key[i], keyTypes.get(i)));
            parameters.add(new OwnStatement.Parameter(key[i], keyTypes.get(i)));
        }
        sql.append(keyColumns.get(n - 1)).append(" > ?");
        parameters.add(new OwnStatement.Parameter(key[n - 1], keyTypes.get(n - 1)));
        return sql.append("))".repeat(n - 1)).toString();
    }
}
