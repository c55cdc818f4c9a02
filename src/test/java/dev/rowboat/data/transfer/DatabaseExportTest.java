package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Chinook;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.io.StringWriter;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Exports read from every database: a grid's filter and order, the table's own columns, exact values. */
class DatabaseExportTest {
    private static String export(ExportSource source, ExportOptions options, int pageSize) throws IOException {
        StringWriter out = new StringWriter();
        Export.toWriter(source, options, out, pageSize, QueryCancel.none(), ExportProgress.NONE);
        return out.toString();
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aFilteredSortedGridExportsItsRowsInItsOrderWithTheForeignKeyNotTheLabel(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            // the posts whose body holds an "e", newest first; a page of 2 rows, so the keyset carries on three times
            ExportSource posts = GridExportSource.of(db.pages(), "Post", new SortKey("timestamp", true),
                    List.of(new Filter("body", FilterOp.CONTAINS, "e")), null);
            assertThat(posts.count(QueryCancel.none())).isEqualTo(5);
            String csv = export(posts, ExportOptions.of(ExportFormat.CSV, dbms), 2);
            List<String> lines = List.of(csv.split("\r\n"));
            assertThat(lines.get(0).split(",")).containsExactly("id", "body", "timestamp", "user_id");
            assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, l.lastIndexOf(',', l.lastIndexOf(',') - 1)))
                    .containsExactly("6,Hello from Mary.", "5,Anyone for coffee?", "4,The Avengers movie was so cool!",
                            "2,Learning Flask-Migrate today.", "1,Beautiful day in Portland!");
            assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(l.lastIndexOf(',') + 1))
                    .containsExactly("3", "2", "2", "1", "1");
            if (dbms != Dbms.SQLITE) { // SQLite keeps the date-time as the text or number the program wrote
                assertThat(lines.get(1)).contains(",2023-01-21T09:00:00,");
            }
            // filtered by the author's label, as the grid's author column is
            String byAuthor = export(GridExportSource.of(db.pages(), "Post", null, List.of(new Filter("author", FilterOp.EQUALS, "susan")),
                    null), ExportOptions.of(ExportFormat.JSONL, dbms), 1);
            assertThat(byAuthor.lines()).hasSize(2).allSatisfy(l -> assertThat(l).endsWith("\"user_id\":2}"));
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void exactValuesStayExact(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table measure (id integer primary key, name varchar(40), amount decimal(20,6), "
                            + "happened " + zonedType(dbms) + ", payload " + binaryType(dbms) + ", flag " + (dbms == Dbms.SQLITE ? "integer" : "boolean") + ")");
                    s.execute("insert into measure values (1, '', 12345678901234.000100, " + zonedLiteral(dbms) + ", "
                            + binaryLiteral(dbms) + ", " + (dbms == Dbms.SQLITE ? "1" : "true") + ")");
                    s.execute("insert into measure values (2, null, null, null, null, null)");
                    s.execute("insert into measure values (3, 'ünï \"中\"', -0.5, null, null, null)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = test.openReflected()) {
                String json = export(GridExportSource.wholeTable(db.pages(), "measure"), ExportOptions.of(ExportFormat.JSONL, dbms), 2);
                List<String> lines = json.lines().toList();
                assertThat(lines).hasSize(3);
                String happened = switch (dbms) {
                    case POSTGRESQL -> "\"2024-01-02T02:04:05.123456Z\""; // timestamptz is an instant; read in UTC
                    case H2 -> "\"2024-01-02T03:04:05.123456+01:00\"";
                    case MARIADB -> "\"2024-01-02T03:04:05.123456\""; // DATETIME(6): no zone to keep
                    case SQLITE -> "\"2024-01-02T03:04:05.123456+01:00\""; // the text as stored
                };
                // SQLite keeps a NUMERIC as a REAL, whose 16 digits lose the fraction; it then stores it as an INTEGER
                String amount = dbms == Dbms.SQLITE ? "12345678901234" : "12345678901234.000100";
                String flag = dbms == Dbms.SQLITE ? "1" : "true";
                assertThat(lines.get(0)).isEqualTo("{\"id\":1,\"name\":\"\",\"amount\":" + amount + ",\"happened\":" + happened
                        + ",\"payload\":\"AAH/\",\"flag\":" + flag + "}");
                assertThat(lines.get(1)).isEqualTo("{\"id\":2,\"name\":null,\"amount\":null,\"happened\":null,\"payload\":null,\"flag\":null}");
                assertThat(lines.get(2)).isEqualTo("{\"id\":3,\"name\":\"ünï \\\"中\\\"\",\"amount\":" + (dbms == Dbms.SQLITE ? "-0.5" : "-0.500000")
                        + ",\"happened\":null,\"payload\":null,\"flag\":null}");
                String csv = export(GridExportSource.wholeTable(db.pages(), "measure"),
                        ExportOptions.of(ExportFormat.CSV, dbms).withBinary(ValueText.Binary.HEX), 10);
                assertThat(csv).contains("\r\n1,\"\",").contains(",\\x0001ff,").contains("\r\n2,,,,,\r\n");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"}) // Chinook has no H2 script
    void aChinookTableExportsEveryRow(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            Chinook.load(test);
            try (OpenDatabase db = test.openReflected()) {
                String track = db.catalog().entities().stream().map(e -> e.name()).filter(n -> n.equalsIgnoreCase("track")).findFirst().orElseThrow();
                ExportSource tracks = GridExportSource.wholeTable(db.pages(), track);
                String csv = export(tracks, ExportOptions.of(ExportFormat.CSV, dbms), 1000);
                List<String> lines = csv.lines().toList();
                assertThat(lines).hasSize(3504);
                assertThat(lines.get(0).toLowerCase()).isEqualTo("trackid,name,albumid,mediatypeid,genreid,composer,milliseconds,bytes,unitprice"
                        .replace("trackid", dbms == Dbms.POSTGRESQL ? "track_id" : "trackid").replace("albumid", dbms == Dbms.POSTGRESQL ? "album_id" : "albumid")
                        .replace("mediatypeid", dbms == Dbms.POSTGRESQL ? "media_type_id" : "mediatypeid").replace("genreid", dbms == Dbms.POSTGRESQL ? "genre_id" : "genreid")
                        .replace("unitprice", dbms == Dbms.POSTGRESQL ? "unit_price" : "unitprice"));
                assertThat(lines.get(1)).startsWith("1,For Those About To Rock (We Salute You),1,1,1,\"Angus Young, Malcolm Young, Brian Johnson\",343719,11170334,0.99");
                String sql = export(tracks, ExportOptions.of(ExportFormat.SQL, dbms), 1000);
                assertThat(sql.lines().filter(l -> l.startsWith("INSERT INTO ")).count()).isEqualTo(36);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void aBadEntityOrFilterIsASentence(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            assertThatThrownBy(() -> GridExportSource.wholeTable(db.pages(), "Nope"))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.NOT_FOUND))
                    .hasMessage("This database has no entity Nope.");
            assertThatThrownBy(() -> GridExportSource.of(db.pages(), "Post", null, List.of(new Filter("id", FilterOp.EQUALS, "x")), null))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.INVALID_VALUE));
        }
    }

    private static String zonedType(Dbms dbms) {
        return switch (dbms) {
            case POSTGRESQL -> "timestamptz";
            case H2 -> "timestamp(6) with time zone";
            case MARIADB -> "datetime(6)";
            case SQLITE -> "text";
        };
    }

    private static String zonedLiteral(Dbms dbms) {
        return dbms == Dbms.MARIADB ? "'2024-01-02 03:04:05.123456'" : "'2024-01-02T03:04:05.123456+01:00'".replace("T", dbms == Dbms.SQLITE ? "T" : " ");
    }

    private static String binaryType(Dbms dbms) {
        return switch (dbms) {
            case POSTGRESQL -> "bytea";
            case H2 -> "varbinary(10)";
            case MARIADB -> "varbinary(10)";
            case SQLITE -> "blob";
        };
    }

    private static String binaryLiteral(Dbms dbms) {
        return dbms == Dbms.POSTGRESQL ? "'\\x0001ff'::bytea" : "X'0001ff'";
    }
}
