package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Odd shapes opened by reflection on all four databases: names with spaces, mixed case and
 * non-ASCII letters, text and UUID keys, a table without a key holding duplicate rows, a view, a
 * composite key. And opening, browsing and editing write nothing into the schema.
 */
class ReflectedShapesTest {
    private static final String UUID_1 = "6f1c2a8e-3b7d-4e59-9a41-0c5d2e7f8a90";

    private static void create(TestDatabase test) {
        Dbms dbms = test.dbms();
        String q = dbms == Dbms.MARIADB ? "`" : "\"";
        String uuid = dbms == Dbms.POSTGRESQL || dbms == Dbms.H2 ? "uuid" : "char(36)";
        String uuidValue = dbms == Dbms.POSTGRESQL || dbms == Dbms.H2 ? "cast('" + UUID_1 + "' as uuid)" : "'" + UUID_1 + "'";
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table " + q + "Order Items" + q + " (" + q + "Item Id" + q + " integer primary key, "
                        + q + "Unit price" + q + " numeric(10,2) not null, " + q + "Größe" + q + " varchar(20))");
                s.execute("insert into " + q + "Order Items" + q + " values (1, 9.99, 'XL'), (2, 0.10, null)");
                s.execute("create table country (code varchar(2) primary key, name varchar(60) not null)");
                s.execute("insert into country values ('NO', 'Norway'), ('DE', 'Germany')");
                s.execute("create table gadget (id " + uuid + " primary key, label varchar(40))");
                s.execute("insert into gadget values (" + uuidValue + ", 'first')");
                s.execute("create table log (line varchar(50), level integer)");
                s.execute("insert into log values ('same', 1), ('same', 1)");
                s.execute("create table pair (a integer not null, b integer not null, note varchar(20), primary key (a, b))");
                s.execute("create view recent_log as select line from log");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static OpenDatabase open(TestDatabase test) {
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void oddNamesAndKeysBrowseAndSave(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                EntityInfo items = db.catalog().get("OrderItems");
                assertThat(items.table()).isEqualTo("Order Items");
                assertThat(items.attributes()).extracting(a -> a.name()).containsExactly("ItemId", "UnitPrice", "Größe");
                // by value: SQLite stores NUMERIC as a number and gives 0.10 back as 0.1
                assertThat(cells(db, "OrderItems", "UnitPrice")).usingElementComparator((a, b) -> ((BigDecimal) a).compareTo((BigDecimal) b))
                        .containsExactly(new BigDecimal("9.99"), new BigDecimal("0.10"));
                db.changes().save(List.of(new UpdateRow("OrderItems", 2, Map.of("UnitPrice", new BigDecimal("0.10")),
                        Map.of("UnitPrice", new BigDecimal("12345678.91")))));
                assertThat(cells(db, "OrderItems", "UnitPrice")).containsExactly(new BigDecimal("9.99"), new BigDecimal("12345678.91"));

                assertThat(cells(db, "country", "name")).containsExactlyInAnyOrder("Norway", "Germany");
                db.changes().save(List.of(new UpdateRow("country", "NO", Map.of("name", "Norway"), Map.of("name", "Noreg"))));
                assertThat(db.pages().keyOf("country", null, List.of(), "NO", QueryCancel.none())).isPresent();
                assertThat(cells(db, "country", "name")).contains("Noreg");

                Object gadget = db.pages().keyOf("gadget", null, List.of(), UUID_1, QueryCancel.none()).orElseThrow().id();
                db.changes().save(List.of(new UpdateRow("gadget", gadget, Map.of("label", "first"), Map.of("label", "renamed"))));
                assertThat(cells(db, "gadget", "label")).containsExactly("renamed");

                EntityInfo log = db.catalog().get("log");
                assertThat(log.editable()).isFalse();
                assertThat(log.readOnlyReason()).contains("no primary key");
                assertThat(log.attributes()).allSatisfy(a -> assertThat(a.readOnlyReason()).isEqualTo(log.readOnlyReason()));
                assertThat(cells(db, "log", "line")).as("both of the duplicate rows").containsExactly("same", "same");
                EntityInfo pair = db.catalog().get("pair");
                assertThat(pair.editable()).as("a composite key is a key").isTrue();
                assertThat(pair.idAttributes()).extracting(a -> a.name()).containsExactly("a", "b");
                assertThat(db.catalog().get("recent_log").readOnlyReason()).contains("A view");
                assertThat(db.pages().count("recent_log", List.of(new Filter("line", FilterOp.EQUALS, "same")), QueryCancel.none()))
                        .isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void openingBrowsingAndEditingWriteNothingIntoTheSchema(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            List<String> before = catalog(test);
            try (OpenDatabase db = open(test)) {
                for (EntityInfo entity : db.catalog().entities()) {
                    if (entity.available()) {
                        db.pages().fetch(new PageRequest(entity.name(), null, List.of(), Anchor.first(), 10), QueryCancel.none());
                        db.rowCounts().estimate(entity.table());
                    }
                }
                db.changes().save(List.of(new UpdateRow("country", "DE", Map.of("name", "Germany"), Map.of("name", "Deutschland"))));
            }
            assertThat(catalog(test)).isEqualTo(before).anySatisfy(line -> assertThat(line.toLowerCase(java.util.Locale.ROOT)).startsWith("country.name"));
        }
    }

    @org.junit.jupiter.api.Test
    void aSqliteFileWithMoreThanFiveHundredColumnsOpens() {
        // sqlite-jdbc's getColumns is one compound SELECT with a term per column: SQLite refuses it past 500
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    for (int t = 0; t < 60; t++) {
                        StringBuilder ddl = new StringBuilder("create table t" + t + " (id integer primary key");
                        for (int col = 0; col < 9; col++) {
                            ddl.append(", c").append(col).append(" text");
                        }
                        s.execute(ddl.append(")").toString());
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = open(test)) {
                assertThat(db.catalog().entities()).hasSize(60).allSatisfy(e -> assertThat(e.attributes()).hasSize(10));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aSqliteReferenceThatNamesOnlyItsTableLinksToThatTablesKey() {
        // SQLite lets "REFERENCES artist" name no column: the key is the target's primary key, and
        // PRAGMA foreign_key_list gives NULL for it
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table artist (id integer primary key, name text)");
                    s.execute("create table album (id integer primary key, title text, artist_id integer references artist)");
                    s.execute("insert into artist values (1, 'Queen')");
                    s.execute("insert into album values (1, 'A Night at the Opera', 1)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = open(test)) {
                var artist = db.catalog().get("album").attribute("artist").orElseThrow();
                assertThat(artist.kind()).isEqualTo(dev.rowboat.data.catalog.AttributeKind.TO_ONE);
                assertThat(artist.targetEntity()).isEqualTo("artist");
            }
        }
    }

    /** Every table and column the database lists, with its type and nullability. */
    static List<String> catalog(TestDatabase test) {
        List<String> lines = new ArrayList<>();
        test.jdbc(c -> {
            try {
                DatabaseMetaData meta = c.getMetaData();
                String catalog = test.dbms() == Dbms.MARIADB ? c.getCatalog() : null;
                String schema = test.dbms() == Dbms.MARIADB || test.dbms() == Dbms.SQLITE ? null : c.getSchema();
                try (ResultSet rs = meta.getColumns(catalog, schema, "%", "%")) {
                    while (rs.next()) {
                        lines.add(rs.getString("TABLE_NAME") + "." + rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME")
                                + " " + rs.getString("IS_NULLABLE"));
                    }
                }
                try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
                    while (rs.next()) {
                        lines.add("table " + rs.getString("TABLE_NAME") + " " + rs.getString("TABLE_TYPE"));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return List.copyOf(new TreeSet<>(lines));
    }

    private static List<Object> cells(OpenDatabase db, String entity, String attribute) {
        EntityInfo info = db.catalog().get(entity);
        int index = info.attributes().indexOf(info.attribute(attribute).orElseThrow());
        Page page = db.pages().fetch(new PageRequest(entity, new SortKey(info.id().name(), false), List.of(), Anchor.first(), 100),
                QueryCancel.none());
        return page.rows().stream().map(r -> r.cells().get(index)).toList();
    }
}
