package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.ReadOnlySessions;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A read-only connection is read-only because the database says no: writes sent as plain SQL
 * through the open database's own Hibernate session are refused by the database itself, with its
 * own error, and the rows and the schema are as they were. Reads work as before.
 */
class ReadOnlyConnectionTest {
    private static final List<String> TABLES = List.of("user", "post", "followers", "tag", "post_tag", "profile");
    private static final Safeguards READ_ONLY = new Safeguards(true, false);

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theDatabaseRefusesInsertUpdateDeleteAndDdlSentAsNativeSql(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close(); // written, then closed: an H2 file now opens in the mode asked for
            ConnectionSpec readOnly = test.spec().withSafeguards(READ_ONLY);
            Map<String, List<String>> rowsBefore = rows(readOnly);
            SchemaSnapshot schemaBefore = schema(readOnly);
            try (OpenDatabase db = openReflected(readOnly)) {
                assertThat(db.readOnly()).isTrue();
                List<String> writes = List.of(
                        "INSERT INTO tag (name) VALUES ('written anyway')",
                        "UPDATE post SET body = 'changed anyway'",
                        "DELETE FROM followers",
                        "CREATE TABLE ro_probe (id INTEGER PRIMARY KEY)");
                for (String sql : writes) {
                    Throwable failure = catchThrowable(() -> db.inTransaction(session -> session.createNativeMutationQuery(sql).executeUpdate()));
                    assertThat(failure).as(dbms + " must refuse " + sql).isNotNull();
                    SQLException refusal = sqlError(failure);
                    assertRefusedByTheDatabase(dbms, refusal, sql);
                    assertThat(ReadOnlySessions.isRefusal(refusal)).isTrue();
                }
                // the same through a connection of the pool as Hibernate hands it out, in autocommit
                AtomicBoolean driverReadOnly = new AtomicBoolean();
                Throwable plain = catchThrowable(() -> db.inTransaction(session -> session.doWork(c -> {
                    driverReadOnly.set(c.isReadOnly());
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM post_tag");
                    }
                })));
                assertThat(driverReadOnly).as("the pool's connections are JDBC read-only too").isTrue();
                assertRefusedByTheDatabase(dbms, sqlError(plain), "DELETE FROM post_tag");

                // reads work
                db.inTransaction(session -> assertThat(((Number) session.createNativeQuery("SELECT count(*) FROM post", Object.class)
                        .getSingleResult()).longValue()).isEqualTo(rowsBefore.get("post").size()));
                assertThat(db.catalog().find("Post")).isPresent();
            }
            // the migration engine's connections (db commands, the panel) come from the same spec, read-only alike
            try (Connection c = ConnectionSource.of(readOnly).open(); Statement s = c.createStatement()) {
                SQLException engine = catchThrowableOfType(SQLException.class, () -> s.executeUpdate("DELETE FROM tag"));
                assertRefusedByTheDatabase(dbms, engine, "DELETE FROM tag (migration engine)");
            }
            assertThat(rows(readOnly)).as("every row as it was").isEqualTo(rowsBefore);
            assertThat(schema(readOnly)).as("the tables, columns and keys as they were").isEqualTo(schemaBefore);
            assertThat(schemaBefore.tables().stream().map(t -> t.name().toLowerCase())).doesNotContain("ro_probe");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aSaveThatReachesTheDatabaseIsRefusedAsOneSentence(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.openWithSample().close();
            try (OpenDatabase db = openReflected(test.spec().withSafeguards(READ_ONLY))) {
                SaveException refused = catchThrowableOfType(SaveException.class, () -> db.changes().save(List.of(
                        new UpdateRow("Post", 2, Map.of("body", "Learning Flask-Migrate today."), Map.of("body", "Written anyway.")))));
                assertThat(refused.problems()).extracting(RowProblem::kind).containsExactly(RowProblem.Kind.READ_ONLY);
                assertThat(refused.problems().get(0).message()).isEqualTo("The database refused to write: this connection is read-only.");
            }
        }
    }

    @Test
    void anH2FileOpenForWritingIsNotOpenedReadOnlyBehindItsBack() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase writable = test.openWithSample()) {
            // H2 would hand the read-only open the engine already open for writing, ignoring its mode
            DatabaseException refused = catchThrowableOfType(DatabaseException.class,
                    () -> openReflected(test.spec().withSafeguards(READ_ONLY)).close());
            assertThat(refused.kind()).isEqualTo(DatabaseException.Kind.READ_ONLY);
            assertThat(refused.getMessage()).contains("open for writing already");
            assertThat(writable.catalog().find("Post")).as("the writable one is untouched").isPresent();
        }
    }

    @Test
    void aMissingFileIsNotCreatedForAReadOnlyConnection() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rowboat-ro");
        ConnectionSpec missing = DatabaseUrls.parse("sqlite:///" + dir.resolve("none.db")).withSafeguards(READ_ONLY);
        DatabaseException refused = catchThrowableOfType(DatabaseException.class,
                () -> new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(missing, ConnectOptions.defaults().allowingCreate()));
        assertThat(refused.kind()).isEqualTo(DatabaseException.Kind.FILE_MISSING);
        assertThat(refused.getMessage()).endsWith("A read-only connection does not create one.");
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    private static OpenDatabase openReflected(ConnectionSpec spec) {
        return new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false)
                .open(spec, ConnectOptions.defaults());
    }

    /** Each database's own refusal: its error code or SQLState for a write in a read-only session. */
    private static void assertRefusedByTheDatabase(Dbms dbms, SQLException e, String sql) {
        assertThat((Object) e).as(dbms + " refused " + sql + " with an SQL error").isNotNull();
        switch (dbms) {
            case H2 -> assertThat(e.getErrorCode()).as("H2 DATABASE_IS_READ_ONLY for " + sql).isEqualTo(90097);
            case SQLITE -> {
                assertThat(e.getErrorCode() & 0xFF).as("SQLITE_READONLY for " + sql).isEqualTo(8);
                assertThat(e.getMessage()).contains("readonly database");
            }
            case POSTGRESQL -> {
                assertThat(e.getSQLState()).as("read_only_sql_transaction for " + sql).isEqualTo("25006");
                assertThat(e.getMessage()).contains("read-only transaction");
            }
            case MARIADB -> {
                assertThat(e.getSQLState()).as("SQLState for " + sql).isEqualTo("25006");
                assertThat(e.getErrorCode()).as("ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION for " + sql).isEqualTo(1792);
            }
        }
    }

    private static SQLException sqlError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return e;
            }
        }
        return null;
    }

    /** Every table's rows, each as one line, in a stable order; read through a read-only connection. */
    private static Map<String, List<String>> rows(ConnectionSpec spec) throws SQLException {
        Map<String, List<String>> all = new java.util.TreeMap<>();
        try (Connection c = ConnectionSource.of(spec).open(); Statement s = c.createStatement()) {
            String quote = c.getMetaData().getIdentifierQuoteString();
            Map<String, String> stored = storedNames(c);
            for (String table : TABLES) {
                String name = stored.get(table);
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + quote + name + quote)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            line.append(rs.getString(i)).append('|');
                        }
                        lines.add(line.toString());
                    }
                }
                lines.sort(null);
                all.put(table, lines);
            }
        }
        assertThat(all.get("post")).as("the sample is there to compare").isNotEmpty();
        return all;
    }

    /** The tables' names as the database stores them (H2 upper-cases what was not quoted), by their lower-case form. */
    private static Map<String, String> storedNames(Connection c) throws SQLException {
        Map<String, String> names = new java.util.HashMap<>();
        try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.put(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT), rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static SchemaSnapshot schema(ConnectionSpec spec) throws SQLException {
        try (Connection c = ConnectionSource.of(spec).open()) {
            return LiveSchemaReader.read(c, spec.dbms());
        }
    }
}
