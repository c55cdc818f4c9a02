package dev.rowboat.data.paging;

import java.util.List;
import org.hibernate.StatelessSession;
import org.hibernate.metamodel.mapping.JdbcMapping;

/**
 * Reads rows selected as "the table's columns, then its key columns", the shape every export read
 * has: the table's values as the database stores them, and each row's key typed as Hibernate binds
 * it, so that the next keyset page (or a lookup by id) can use it as a parameter.
 */
final class StoredRowReader {
    private StoredRowReader() {
    }

    /**
     * Runs {@code sql} and returns the stored values of each row; adds each row's key to {@code keys}
     * in the same order, and the table's column names to {@code columns} when it is still empty.
     */
    static List<Object[]> read(StatelessSession session, String sql, List<OwnStatement.Parameter> parameters,
                               List<JdbcMapping> keyTypes, boolean sqlite, boolean h2,
                               List<String> columns, List<Object[]> keys) {
        int[] width = new int[1];
        RawValues[] values = new RawValues[1];
        return OwnStatement.query(session, sql, parameters, meta -> {
            width[0] = meta.getColumnCount() - keyTypes.size();
            values[0] = RawValues.of(meta, width[0], sqlite);
            if (columns.isEmpty()) {
                columns.addAll(TableRows.names(meta, width[0], h2));
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
            keys.add(key);
            return row;
        });
    }
}
