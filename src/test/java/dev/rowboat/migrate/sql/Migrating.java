package dev.rowboat.migrate.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.SnapshotChanges;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.ReadBackForm;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs operations on a test database the way the runner will (dialect hooks around one
 * transaction), and checks after each that the live schema reads back as {@link SnapshotChanges}
 * planned it. Tracks the planned snapshot, so a test states only the operations.
 */
final class Migrating implements AutoCloseable {
    final TestDatabase db;
    final SqlDialect dialect;
    final Connection connection;
    SchemaSnapshot planned = new SchemaSnapshot(List.of());
    final List<String> executed = new ArrayList<>();

    Migrating(Dbms dbms) throws SQLException {
        db = TestDatabase.create(dbms);
        dialect = SqlDialect.of(dbms);
        var spec = db.spec();
        connection = DriverManager.getConnection(spec.jdbcUrl(), spec.user() == null ? "" : spec.user(), "");
    }

    /** Applies the operations in one revision and checks the schema after each. */
    Migrating apply(Operation... ops) throws SQLException {
        dialect.beforeMigration(connection);
        connection.setAutoCommit(false);
        try {
            for (Operation op : ops) {
                for (String sql : dialect.render(op, planned)) {
                    executed.add(sql);
                    try (Statement s = connection.createStatement()) {
                        s.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(e.getMessage() + "\n  running: " + sql, e);
                    }
                }
                planned = SnapshotChanges.apply(planned, op);
            }
            dialect.verifyBeforeCommit(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
            dialect.afterMigration(connection);
        }
        assertThat(read()).as("schema read back after %s", List.of(ops))
                .isEqualTo(ReadBackForm.of(planned, db.dbms()));
        return this;
    }

    SchemaSnapshot read() throws SQLException {
        return LiveSchemaReader.read(connection, db.dbms());
    }

    void execute(String... statements) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    List<Map<String, Object>> rows(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.put(rs.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                            value instanceof Number n ? (Object) n.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    String q(String name) {
        return dialect.quote(name);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        db.close();
    }
}
