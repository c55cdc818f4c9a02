package dev.rowboat.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads H2, PostgreSQL and MariaDB through JDBC metadata plus the standard
 * {@code information_schema} views for what JDBC does not tell: which unique indexes are
 * constraints, and (MariaDB) the exact column type such as {@code tinyint(1)}.
 */
final class MetadataSchemaReader {
    private final Connection c;
    private final Dbms dbms;
    private final String catalog;
    private final String schema;
    /** raw table name -> parts; raw names are what the metadata calls want back. */
    private final Map<String, TableParts> tables = new LinkedHashMap<>();
    /** raw table name -> names of indexes that exist only to back a constraint. */
    private final Map<String, Set<String>> constraintIndexes = new HashMap<>();

    private MetadataSchemaReader(Connection c, Dbms dbms) throws SQLException {
        this.c = c;
        this.dbms = dbms;
        this.catalog = dbms == Dbms.MARIADB ? c.getCatalog() : null;
        this.schema = dbms == Dbms.MARIADB ? c.getCatalog() : c.getSchema();
    }

    static SchemaSnapshot read(Connection c, Dbms dbms, Progress progress) throws SQLException {
        return new MetadataSchemaReader(c, dbms).read(progress);
    }

    private SchemaSnapshot read(Progress progress) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(catalog, dbms == Dbms.MARIADB ? null : schema, "%",
                new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String raw = rs.getString("TABLE_NAME");
                tables.put(raw, new TableParts(name(raw)));
            }
        }
        if (dbms == Dbms.POSTGRESQL) {
            // a few catalog queries for all tables: the per-table metadata calls are three round trips a table
            String of = "Reading " + Progress.count(tables.size()) + " tables: ";
            progress.step(of + "columns", 0, 4);
            readColumns(meta);
            progress.step(of + "constraints", 1, 4);
            readConstraints();
            progress.step(of + "keys", 2, 4);
            PostgresKeys.read(c, schema, tables, constraintIndexes);
            progress.step(of + "indexes", 3, 4);
            PostgresKeys.readIndexes(c, schema, tables, constraintIndexes);
            progress.step(of + "done", 4, 4);
        } else {
            if (dbms == Dbms.MARIADB) {
                readMariaDbColumns();
            } else {
                readColumns(meta);
            }
            readConstraints();
            TableSteps steps = new TableSteps(progress, tables.size());
            for (Map.Entry<String, TableParts> e : tables.entrySet()) {
                steps.next();
                readKeys(meta, e.getKey(), e.getValue());
            }
        }
        return ReadBackForm.canonical(new SchemaSnapshot(tables.values().stream().map(TableParts::toSpec).toList()));
    }

    private void readColumns(DatabaseMetaData meta) throws SQLException {
        try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
            while (rs.next()) {
                TableParts t = tables.get(rs.getString("TABLE_NAME"));
                if (t == null) {
                    continue;
                }
                String typeName = rs.getString("TYPE_NAME");
                int size = rs.getInt("COLUMN_SIZE");
                Integer sizeOrNull = rs.wasNull() ? null : size;
                int digits = rs.getInt("DECIMAL_DIGITS");
                Integer digitsOrNull = rs.wasNull() ? null : digits;
                ColumnType type = NativeTypes.read(dbms, typeName, sizeOrNull, digitsOrNull, typeName);
                boolean auto = "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))
                        || typeName.toLowerCase(Locale.ROOT).endsWith("serial");
                boolean nullable = rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls;
                String def = auto ? null : DefaultValues.normalise(rs.getString("COLUMN_DEF"), type);
                t.columns.add(new ColumnSpec(name(rs.getString("COLUMN_NAME")), type, nullable, def, auto));
            }
        }
    }

    private void readMariaDbColumns() throws SQLException {
        String sql = "select table_name, column_name, column_type, is_nullable, column_default, extra"
                + " from information_schema.columns where table_schema = ? order by table_name, ordinal_position";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    TableParts t = tables.get(rs.getString(1));
                    if (t == null) {
                        continue;
                    }
                    ColumnType type = NativeTypes.parse(dbms, rs.getString(3));
                    boolean auto = rs.getString(6) != null && rs.getString(6).toLowerCase(Locale.ROOT).contains("auto_increment");
                    String def = auto ? null : DefaultValues.normalise(rs.getString(5), type);
                    t.columns.add(new ColumnSpec(rs.getString(2), type, "YES".equals(rs.getString(4)), def, auto));
                }
            }
        }
    }

    /**
     * The same rows from PostgreSQL's own catalog: its information_schema views join slowly (about
     * 0.7 s on a quiet server for a handful of tables, most of opening a small database).
     */
    private static final String POSTGRES_CONSTRAINTS = "select cl.relname, con.conname,"
            + " case con.contype when 'u' then 'UNIQUE' when 'p' then 'PRIMARY KEY' when 'f' then 'FOREIGN KEY' else 'OTHER' end,"
            + " a.attname, k.ord"
            + " from pg_constraint con join pg_class cl on cl.oid = con.conrelid"
            + " join pg_namespace n on n.oid = cl.relnamespace"
            + " left join lateral unnest(con.conkey) with ordinality as k(attnum, ord) on true"
            + " left join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum"
            + " where n.nspname = ?";

    /** Unique constraints, and the names of indexes a constraint brought along. */
    private void readConstraints() throws SQLException {
        String sql = dbms == Dbms.POSTGRESQL ? POSTGRES_CONSTRAINTS
                : "select tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name, k.ordinal_position"
                + " from information_schema.table_constraints tc left join information_schema.key_column_usage k"
                + " on k.constraint_name = tc.constraint_name and k.table_name = tc.table_name"
                + " and k.constraint_schema = tc.constraint_schema"
                + " where tc.table_schema = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    TableParts t = tables.get(table);
                    if (t == null) {
                        continue;
                    }
                    String constraint = rs.getString(2);
                    constraintIndexes.computeIfAbsent(table, x -> new HashSet<>()).add(constraint);
                    if ("UNIQUE".equalsIgnoreCase(rs.getString(3)) && rs.getString(4) != null) {
                        t.uniques.computeIfAbsent(name(constraint), x -> new HashMap<>())
                                .put(rs.getInt(5), name(rs.getString(4)));
                    }
                }
            }
        }
        if (dbms == Dbms.H2) {
            // H2 names the index behind a constraint on its own (PRIMARY_KEY_8, CONSTRAINT_INDEX_2)
            try (PreparedStatement ps = c.prepareStatement(
                    "select table_name, index_name from information_schema.table_constraints"
                            + " where table_schema = ? and index_name is not null")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        constraintIndexes.computeIfAbsent(rs.getString(1), x -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
        }
    }

    private void readKeys(DatabaseMetaData meta, String raw, TableParts t) throws SQLException {
        Set<String> skip = constraintIndexes.computeIfAbsent(raw, x -> new HashSet<>());
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, raw)) {
            while (rs.next()) {
                t.primaryKey.put(rs.getInt("KEY_SEQ"), name(rs.getString("COLUMN_NAME")));
                if (rs.getString("PK_NAME") != null) {
                    skip.add(rs.getString("PK_NAME"));
                }
            }
        }
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, raw)) {
            while (rs.next()) {
                TableParts.ForeignKeyParts fk = t.foreignKeys.computeIfAbsent(name(rs.getString("FK_NAME")),
                        n -> new TableParts.ForeignKeyParts());
                int seq = rs.getInt("KEY_SEQ");
                fk.columns.put(seq, name(rs.getString("FKCOLUMN_NAME")));
                fk.refColumns.put(seq, name(rs.getString("PKCOLUMN_NAME")));
                fk.refTable = name(rs.getString("PKTABLE_NAME"));
                fk.onDelete = onDelete(rs.getInt("DELETE_RULE"));
            }
        }
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, raw, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic
                        || skip.contains(index) || index.equals("PRIMARY")) {
                    continue;
                }
                String n = name(index);
                t.indexes.computeIfAbsent(n, x -> new HashMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        name(rs.getString("COLUMN_NAME")));
                t.indexUnique.put(n, !rs.getBoolean("NON_UNIQUE"));
            }
        }
    }

    private static String onDelete(int rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> null; // NO ACTION and RESTRICT: refusing is the default everywhere
        };
    }

    /** H2 stores unquoted names in upper case; the portable form of such a name is lower case. */
    private String name(String raw) {
        return dbms.portableName(raw);
    }
}
