package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.testing.Chinook;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Export, import into an empty copy, and the copy exports the same text: every entity of the
 * microblog and of Chinook, and a table of NULLs, unicode, decimals, binary and zoned timestamps,
 * on each database. Many-to-many association tables are not entities, so they are not carried.
 */
class RoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theMicroblogComesBackEqual(Dbms dbms) throws IOException {
        try (TestDatabase source = TestDatabase.create(dbms); TestDatabase target = TestDatabase.create(dbms)) {
            MicroblogHistory.bringToHead(ConnectionSource.of(target.spec()), dbms);
            try (OpenDatabase from = source.openWithSample(); OpenDatabase to = target.openReflected()) {
                Map<String, Long> rows = roundTrip(from, to, ExportFormat.CSV, dbms);
                assertThat(rows).containsKeys("User", "Post");
                assertThat(rows.get("Post")).isPositive();
                // the ids were written as the file gives them: a new row afterwards still gets a free one
                to.changes().save(List.of(new dev.rowboat.data.edit.InsertRow("Post", 1, Map.of("body", "after the import")),
                        new dev.rowboat.data.edit.InsertRow("User", 2, Map.of("username", "after", "email", "after@example.com"))));
                assertThat(export(to, "Post", ExportFormat.CSV, dbms)).contains(",after the import,");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void chinookComesBackEqual(Dbms dbms) throws IOException {
        try (TestDatabase source = TestDatabase.create(dbms); TestDatabase target = TestDatabase.create(dbms)) {
            Chinook.load(source);
            Chinook.load(target);
            emptyEveryTable(target);
            try (OpenDatabase from = source.openReflected(); OpenDatabase to = target.openReflected()) {
                Map<String, Long> rows = roundTrip(from, to, ExportFormat.JSONL, dbms);
                assertThat(rows.values().stream().mapToLong(Long::longValue).sum()).isGreaterThan(6_000);
                assertThat(rows.keySet().stream().map(String::toLowerCase)).contains("track", "invoice", "employee");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void nullsUnicodeDecimalsBinaryAndZonedTimestampsComeBackEqual(Dbms dbms) throws IOException {
        try (TestDatabase source = TestDatabase.create(dbms); TestDatabase target = TestDatabase.create(dbms)) {
            for (TestDatabase test : List.of(source, target)) {
                sql(test, "create table rb_kinds (id integer primary key, name varchar(40), amount decimal(20,6), ratio double precision, "
                        + "happened " + zonedType(dbms) + ", plain_time " + (dbms == Dbms.MARIADB ? "datetime(6)" : "timestamp(6)")
                        + ", on_day date, payload " + binaryType(dbms) + ", flag " + (dbms == Dbms.SQLITE ? "integer" : "boolean") + ")");
            }
            sql(source, "insert into rb_kinds values (1, '', 12345678901234.000100, 0.1, " + zoned(dbms) + ", '2024-02-29 23:59:59.000001', "
                    + "'2024-02-29', " + (dbms == Dbms.POSTGRESQL ? "'\\x0001ff'::bytea" : "X'0001ff'") + ", " + (dbms == Dbms.SQLITE ? "1" : "true") + ")",
                    "insert into rb_kinds values (2, null, null, null, null, null, null, null, null)",
                    "insert into rb_kinds values (3, 'ünï \"中\" 🚣, ''q''\nline', -0.5, -1.5E-10, null, null, null, X'', null)"
                            .replace("X''", dbms == Dbms.POSTGRESQL ? "''::bytea" : "X''"));
            try (OpenDatabase from = source.openReflected(); OpenDatabase to = target.openReflected()) {
                for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.JSON)) {
                    sql(target, "delete from rb_kinds");
                    Map<String, Long> rows = roundTrip(from, to, format, dbms, "rb_kinds");
                    assertThat(rows).containsEntry(entityOf(from.catalog(), "rb_kinds"), 3L);
                    assertThat(jdbcRows(target).stream().map(r -> comparable(r, dbms))).as(format.toString())
                            .containsExactlyElementsOf(jdbcRows(source).stream().map(r -> comparable(r, dbms)).toList());
                }
            }
        }
    }

    /** Exports each entity (or the tables named) of one database, imports into the other, parents first; returns rows per entity. */
    private Map<String, Long> roundTrip(OpenDatabase from, OpenDatabase to, ExportFormat format, Dbms dbms, String... tables)
            throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (EntityInfo entity : parentsFirst(from.catalog())) {
            if (tables.length > 0 && List.of(tables).stream().noneMatch(entity.table()::equalsIgnoreCase)) {
                continue;
            }
            Path file = dir.resolve(entity.name() + "." + format.name().toLowerCase());
            ExportResult exported = Export.toFile(GridExportSource.wholeTable(from.pages(), entity.name()),
                    ExportOptions.of(format, dbms), file, QueryCancel.none(), ExportProgress.NONE);
            ImportJob.Result imported = ImportJob.run(to.catalog(), to.imports(), entity.name(), file,
                    new ImportJob.Options(false, false, 0, false, null), Progress.NONE);
            assertThat(imported.writtenCount()).as(entity.name()).isEqualTo(exported.rows());
            assertThat(comparable(export(to, entity.name(), format, dbms), dbms)).as(entity.name())
                    .isEqualTo(comparable(export(from, entity.name(), format, dbms), dbms));
            counts.put(entity.name(), exported.rows());
        }
        return counts;
    }

    private static String export(OpenDatabase db, String entity, ExportFormat format, Dbms dbms) throws IOException {
        StringWriter out = new StringWriter();
        Export.toWriter(GridExportSource.wholeTable(db.pages(), entity), ExportOptions.of(format, dbms), out, 1000,
                QueryCancel.none(), ExportProgress.NONE);
        return out.toString();
    }

    private static final java.util.regex.Pattern ZERO_FRACTION = java.util.regex.Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d:\\d\\d)(\\.\\d*?)0+(?=\\D)");
    private static final java.util.regex.Pattern EPOCH_MILLIS = java.util.regex.Pattern.compile("([,:])(\\d{13})(?=[,}\\r])");

    /**
     * An export as values, not as stored text. SQLite keeps the text a program wrote: Rowboat's
     * binder writes a date-time with six fractional digits where Chinook's file has none, and a
     * date as epoch milliseconds where the file has text (as a grid's edit does); the same values.
     */
    private static String comparable(String export, Dbms dbms) {
        if (dbms != Dbms.SQLITE) {
            return export;
        }
        String dateTimes = ZERO_FRACTION.matcher(export).replaceAll(m -> m.group(1) + (m.group(2).equals(".") ? "" : m.group(2)));
        return EPOCH_MILLIS.matcher(dateTimes).replaceAll(m -> {
            String date = java.time.Instant.ofEpochMilli(Long.parseLong(m.group(2))).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
            return m.group(1) + (m.group(1).equals(":") ? "\"" + date + "\"" : date); // a JSON string, or a CSV field
        });
    }

    /** Entities in an order where each comes after those its to-ones point at (a self reference aside). */
    static List<EntityInfo> parentsFirst(EntityCatalog catalog) {
        List<EntityInfo> ordered = new ArrayList<>();
        List<EntityInfo> left = new ArrayList<>(catalog.entities().stream().filter(EntityInfo::editable).toList());
        while (!left.isEmpty()) {
            EntityInfo next = left.stream().filter(e -> e.attributes().stream().noneMatch(a -> a.kind() == AttributeKind.TO_ONE && a.column() != null
                    && !a.targetEntity().equals(e.name()) && left.stream().anyMatch(o -> o.name().equals(a.targetEntity()))))
                    .findFirst().orElse(left.get(0));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    private static String entityOf(EntityCatalog catalog, String table) {
        return catalog.entities().stream().filter(e -> e.table().equalsIgnoreCase(table)).findFirst().orElseThrow().name();
    }

    /** The rows as plain JDBC reads them, bytes as hexadecimal: what another client sees. */
    private static List<String> jdbcRows(TestDatabase test) {
        List<String> rows = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select * from rb_kinds order by id")) {
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof java.sql.Blob blob) {
                            value = blob.getBytes(1, (int) blob.length());
                        }
                        row.append(value instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(value)).append(',');
                    }
                    rows.add(row.toString());
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(rows).hasSize(3);
        return rows;
    }

    /** Deletes every row of every table, the foreign keys' checks off for it: Chinook's schema without its data. */
    private static void emptyEveryTable(TestDatabase test) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                switch (test.dbms()) {
                    case POSTGRESQL -> s.execute("set session_replication_role = replica");
                    case MARIADB -> s.execute("set foreign_key_checks = 0");
                    case H2 -> s.execute("set referential_integrity false");
                    default -> { }
                }
                DatabaseMetaData meta = c.getMetaData();
                List<String> names = new ArrayList<>();
                String schema = switch (test.dbms()) {
                    case POSTGRESQL -> test.scratchName();
                    case H2 -> "PUBLIC"; // not INFORMATION_SCHEMA's tables
                    default -> null;
                };
                String catalog = test.dbms() == Dbms.MARIADB ? test.scratchName() : null;
                try (ResultSet tables = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                    while (tables.next()) {
                        names.add(tables.getString("TABLE_NAME"));
                    }
                }
                String quote = test.dbms() == Dbms.MARIADB ? "`" : "\"";
                for (String name : names) {
                    s.execute("delete from " + quote + name + quote);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void sql(TestDatabase test, String... statements) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static String zonedType(Dbms dbms) {
        return switch (dbms) {
            case POSTGRESQL -> "timestamptz";
            case H2 -> "timestamp(6) with time zone";
            case MARIADB -> "datetime(6)"; // MariaDB has no type that keeps a zone
            case SQLITE -> "text";
        };
    }

    private static String zoned(Dbms dbms) {
        return switch (dbms) {
            case MARIADB -> "'2024-01-02 03:04:05.123456'";
            case SQLITE -> "'2024-01-02T03:04:05.123456+01:00'";
            default -> "'2024-01-02 03:04:05.123456+01:00'";
        };
    }

    private static String binaryType(Dbms dbms) {
        return switch (dbms) {
            case POSTGRESQL -> "bytea";
            case SQLITE -> "blob";
            default -> "blob"; // H2's and MariaDB's VARBINARY are reflected as types Rowboat shows read-only
        };
    }
}
