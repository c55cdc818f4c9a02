package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.console.Language;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Scope;
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
    void aGridReadThroughHqlOnlyExportsItsRowsAsStoredInItsOrder(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            // a console query's rows shown as the Post grid, sorted by the grid; pages of 2 rows
            ExportSource consoleRows = GridExportSource.of(db.pages(), "Post", new SortKey("timestamp", true), List.of(),
                    Scope.ofQuery("from Post p where p.body like '%e%'"));
            assertThat(consoleRows.count(QueryCancel.none())).isEqualTo(5);
            assertThat(export(consoleRows, ExportOptions.of(ExportFormat.CSV, dbms), 2).lines().map(l -> l.substring(0, l.indexOf(','))))
                    .containsExactly("id", "6", "5", "4", "2", "1");
            // a many-to-many scope: the tags of the first post
            ExportSource tags = GridExportSource.of(db.pages(), "Tag", null, List.of(), new Scope("Post", 1, "tags"));
            assertThat(export(tags, ExportOptions.of(ExportFormat.CSV, dbms), 10)).isEqualTo("id,name\r\n1,flask\r\n");
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
    @EnumSource(Dbms.class)
    void sqlInsertsReadBackIntoTheSameValues(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    for (String table : List.of("measure", "measure_copy")) {
                        s.execute("create table " + table + " (id integer primary key, name varchar(40), amount decimal(20,6), happened "
                                + zonedType(dbms) + ", payload " + binaryType(dbms) + ", flag " + (dbms == Dbms.SQLITE ? "integer" : "boolean") + ")");
                    }
                    s.execute("insert into measure values (1, 'it''s \\ \"q\"', 12345678901234.000100, " + zonedLiteral(dbms) + ", "
                            + binaryLiteral(dbms) + ", " + (dbms == Dbms.SQLITE ? "1" : "true") + ")");
                    s.execute("insert into measure values (2, '', null, null, null, null)");
                    s.execute("insert into measure values (3, 'ünï 中文', -0.5, null, " + (dbms == Dbms.POSTGRESQL ? "''::bytea" : "X''") + ", "
                            + (dbms == Dbms.SQLITE ? "0" : "false") + ")");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String inserts;
            String original;
            try (OpenDatabase db = test.openReflected()) {
                inserts = export(GridExportSource.wholeTable(db.pages(), "measure"), ExportOptions.of(ExportFormat.SQL, dbms), 2);
                original = export(GridExportSource.wholeTable(db.pages(), "measure"), ExportOptions.of(ExportFormat.JSONL, dbms), 10);
            }
            String copy = inserts.replaceAll("INSERT INTO \\S+ ", "INSERT INTO measure_copy ");
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    for (String statement : copy.split(";\n")) {
                        if (!statement.isBlank()) {
                            s.execute(statement);
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = test.openReflected()) {
                assertThat(export(GridExportSource.wholeTable(db.pages(), "measure_copy"), ExportOptions.of(ExportFormat.JSONL, dbms), 10))
                        .isEqualTo(original);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aTableKeyedBySeveralColumnsIsReadInKeyOrderAcrossPages(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table order_line (order_id integer not null, line_no integer not null, qty integer, primary key (order_id, line_no))");
                    s.execute("insert into order_line values (2, 1, 5), (1, 2, 6), (1, 1, 7), (3, 1, 8), (2, 2, 9), (2, 3, 10), (1, 3, 11)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = test.openReflected()) {
                ExportSource lines = GridExportSource.wholeTable(db.pages(), "order_line");
                assertThat(lines.count(QueryCancel.none())).isEqualTo(7);
                assertThat(export(lines, ExportOptions.of(ExportFormat.CSV, dbms), 2))
                        .isEqualTo("order_id,line_no,qty\r\n1,1,7\r\n1,2,6\r\n1,3,11\r\n2,1,5\r\n2,2,9\r\n2,3,10\r\n3,1,8\r\n");
                assertThat(export(GridExportSource.where(db.pages(), "order_line", "qty > 6"), ExportOptions.of(ExportFormat.CSV, dbms), 2)
                        .lines().skip(1)).containsExactly("1,1,7", "1,3,11", "2,2,9", "2,3,10", "3,1,8");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
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
    @EnumSource(Dbms.class)
    void aSqlConditionOnTheTablesColumnsPicksRowsInKeyOrder(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            ExportSource susans = GridExportSource.where(db.pages(), "Post", "user_id = 2 or body like 'Hello%'");
            assertThat(susans.count(QueryCancel.none())).isEqualTo(3);
            String markdown = export(susans, ExportOptions.of(ExportFormat.MARKDOWN, dbms), 1);
            assertThat(markdown.lines()).hasSize(5);
            assertThat(markdown.lines().skip(2).map(l -> l.substring(0, l.indexOf(" |", 2)))).containsExactly("| 4", "| 5", "| 6");
            assertThatThrownBy(() -> export(GridExportSource.where(db.pages(), "Post", "no_such_column = 1"),
                    ExportOptions.of(ExportFormat.CSV, dbms), 10))
                    .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.QUERY_FAILED))
                    .hasMessageStartingWith("The query failed: ");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aConsoleResultIsRunAgainPageByPageWithItsOwnColumns(Dbms dbms) throws IOException {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            ExportSource hql = new ConsoleExportSource(db.console(), Language.HQL,
                    "select p.id, p.body, p.author.id as user_id from Post p where p.body like '%o%' order by p.id desc", "result");
            String csv = export(hql, ExportOptions.of(ExportFormat.CSV, dbms), 2);
            String rows = export(new ConsoleExportSource(db.console(), Language.HQL, "from Post p where p.id > 4 order by p.id", "post"),
                    ExportOptions.of(ExportFormat.CSV, dbms), 1);
            // whole rows of an entity: its attributes, a link as the key it refers to
            assertThat(rows.split("\r\n")).hasSize(3).startsWith("id,body,timestamp,author").anySatisfy(l -> assertThat(l).startsWith("6,Hello from Mary.,").endsWith(",3"));
            assertThat(csv.split("\r\n")).hasSize(7).startsWith("id,body,user_id", "6,Hello from Mary.,3", "5,Anyone for coffee?,2")
                    .endsWith("1,Beautiful day in Portland!,1");
            ExportSource sql = new ConsoleExportSource(db.console(), Language.SQL, "SELECT COUNT(*) AS n, MAX(id) AS last FROM post", "result");
            assertThat(export(sql, ExportOptions.of(ExportFormat.JSONL, dbms), 10).toLowerCase()).isEqualTo("{\"n\":6,\"last\":6}\n");
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
