package dev.rowboat.bench;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A generated schema of {@code n} tables for {@link ReflectionBenchmark}: each table {@code tNNNN}
 * has an integer primary key, three value columns (text, numeric(10,2), timestamp) and five
 * foreign keys {@code ref1_id..ref5_id} into the five previous tables (wrapping around, so the
 * first table points at the last five), plus {@value #ROWS} rows. On SQLite a temporary file; on
 * PostgreSQL a schema of its own in the database {@code test}, dropped by {@link #close()}.
 */
public final class WideSchema implements AutoCloseable {
    static final int ROWS = 5;
    static final int REFS = 5;
    /** Tables per transaction on PostgreSQL: one transaction for 1,000 tables would exhaust its lock table. */
    private static final int CHUNK = 50;

    private final Dbms dbms;
    private final int tables;
    private final ConnectionSpec spec;
    private final String pgSchema;
    private final Path file;

    private WideSchema(Dbms dbms, int tables, ConnectionSpec spec, String pgSchema, Path file) {
        this.dbms = dbms;
        this.tables = tables;
        this.spec = spec;
        this.pgSchema = pgSchema;
        this.file = file;
    }

    /** Makes the schema and its rows. */
    public static WideSchema create(Dbms dbms, int tables, Path tempFolder) throws SQLException, IOException {
        if (tables <= REFS) {
            throw new IllegalArgumentException("Use more than " + REFS + " tables.");
        }
        WideSchema schema;
        if (dbms == Dbms.SQLITE) {
            Files.createDirectories(tempFolder);
            Path file = tempFolder.resolve("wide-" + tables + ".db");
            Files.deleteIfExists(file);
            schema = new WideSchema(dbms, tables, new ConnectionSpec(dbms, "jdbc:sqlite:" + file, null, null, file), null, file);
        } else if (dbms == Dbms.POSTGRESQL) {
            String name = "rb_wide" + tables + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            TestDatabase.admin(dbms, "create schema " + name);
            schema = new WideSchema(dbms, tables, new ConnectionSpec(dbms, TestDatabase.postgresUrl(TestDatabase.POSTGRES_DATABASE)
                    + "?currentSchema=" + name, "postgres", null, null), name, null);
        } else {
            throw new IllegalArgumentException("WideSchema makes SQLite and PostgreSQL schemas, not " + dbms);
        }
        try {
            schema.fill();
        } catch (SQLException | RuntimeException e) {
            schema.close();
            throw e;
        }
        return schema;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    int tables() {
        return tables;
    }

    /** The table in the middle, whose grid the benchmark opens. */
    String middleTable() {
        return table(tables / 2);
    }

    static String table(int i) {
        return String.format(Locale.ROOT, "t%04d", i);
    }

    /** The k-th (1-based) table table i points at: the k-th before it, wrapping round. */
    private int target(int i, int k) {
        return Math.floorMod(i - 1 - k, tables) + 1;
    }

    private void fill() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (int i = 1; i <= tables; i++) {
                    s.addBatch(createTable(i));
                    if (i % CHUNK == 0 || i == tables) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
            for (int i = 1; i <= tables; i++) {
                insertRows(c, i);
                if (i % CHUNK == 0 || i == tables) {
                    c.commit();
                }
            }
            if (dbms == Dbms.POSTGRESQL) {
                // wrapping keys point at tables made later, so they are added once every table and row is there
                try (Statement s = c.createStatement()) {
                    for (int i = 1; i <= tables; i++) {
                        for (int k = 1; k <= REFS; k++) {
                            s.addBatch("alter table " + table(i) + " add constraint fk_" + table(i) + "_ref" + k
                                    + " foreign key (ref" + k + "_id) references " + table(target(i, k)) + " (id)");
                        }
                        if (i % CHUNK == 0 || i == tables) {
                            s.executeBatch();
                            c.commit();
                        }
                    }
                }
            }
            c.commit();
        }
    }

    private String createTable(int i) {
        StringBuilder sql = new StringBuilder("create table ").append(table(i)).append(" (id integer primary key,"
                + " name text not null, amount numeric(10,2), created_at timestamp");
        for (int k = 1; k <= REFS; k++) {
            sql.append(", ref").append(k).append("_id integer");
            if (dbms == Dbms.SQLITE) {
                // SQLite checks a key's target only when a row is written (and only with foreign_keys on)
                sql.append(" references ").append(table(target(i, k))).append(" (id)");
            }
        }
        return sql.append(')').toString();
    }

    private void insertRows(Connection c, int i) throws SQLException {
        StringBuilder sql = new StringBuilder("insert into ").append(table(i)).append(" (id, name, amount, created_at");
        for (int k = 1; k <= REFS; k++) {
            sql.append(", ref").append(k).append("_id");
        }
        sql.append(") values (?, ?, ?, ").append(dbms == Dbms.SQLITE ? "?" : "cast(? as timestamp)");
        sql.append(", ?".repeat(REFS)).append(')');
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int row = 1; row <= ROWS; row++) {
                ps.setInt(1, row);
                ps.setString(2, table(i) + " row " + row);
                ps.setBigDecimal(3, new java.math.BigDecimal(String.format(Locale.ROOT, "%d.%02d", i * 10 + row, row)));
                // as SQLAlchemy writes a timestamp into SQLite, and PostgreSQL reads the same text
                ps.setString(4, String.format(Locale.ROOT, "2024-01-%02d 09:%02d:00.000000", 1 + i % 28, row));
                for (int k = 1; k <= REFS; k++) {
                    ps.setInt(4 + k, (row + k - 1) % ROWS + 1);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(spec.jdbcUrl(), spec.user() == null ? "" : spec.user(), "");
    }

    /** Drops the schema (its tables a chunk at a time, for the same reason as they were made so), or deletes the file. */
    @Override
    public void close() {
        try {
            if (pgSchema != null) {
                List<String> drops = new ArrayList<>();
                for (int i = 1; i <= tables; i++) {
                    drops.add(pgSchema + "." + table(i));
                    if (i % CHUNK == 0 || i == tables) {
                        TestDatabase.admin(dbms, "drop table if exists " + String.join(", ", drops) + " cascade");
                        drops.clear();
                    }
                }
                TestDatabase.admin(dbms, "drop schema if exists " + pgSchema + " cascade");
            } else if (file != null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(Path.of(file + "-journal"));
                Files.deleteIfExists(Path.of(file + "-wal"));
                Files.deleteIfExists(Path.of(file + "-shm"));
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not remove " + (pgSchema != null ? "schema " + pgSchema : file) + ": " + e.getMessage());
        }
    }
}
