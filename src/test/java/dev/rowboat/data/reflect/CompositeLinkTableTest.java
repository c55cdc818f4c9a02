package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.LinkRow;
import dev.rowboat.data.edit.NewRowRef;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UnlinkRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.CountValue;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A link table whose two foreign keys have two columns each, {@code shipment_part(region, num,
 * maker, code)}, opened by reflection on all four databases: a many-to-many on both sides, as a
 * link table of one-column keys is, browsed, counted, linked and unlinked from either side, and
 * read back with plain JDBC.
 */
class CompositeLinkTableTest {
    private static void create(TestDatabase test) {
        execute(test, "create table shipment (region varchar(2) not null, num integer not null, note varchar(20),"
                + " primary key (region, num))");
        // the key's columns in another order than the table's
        execute(test, "create table part (label varchar(20), code varchar(10) not null, maker varchar(10) not null,"
                + " primary key (maker, code))");
        // the link table's columns in an order of their own: the pairs are found by the keys they refer to
        execute(test, "create table shipment_part (code varchar(10) not null, region varchar(2) not null, maker varchar(10) not null,"
                + " num integer not null, primary key (region, num, maker, code),"
                + " constraint fk_sp_shipment foreign key (region, num) references shipment(region, num),"
                + " constraint fk_sp_part foreign key (maker, code) references part(maker, code))");
        execute(test, "insert into shipment values ('EU', 1, 'first'), ('EU', 2, 'second'), ('US', 1, 'third')");
        execute(test, "insert into part values ('bolt', 'B1', 'acme'), ('nut', 'N1', 'acme'), ('gear', 'G1', 'zeta')");
        execute(test, "insert into shipment_part (region, num, maker, code) values ('EU', 1, 'acme', 'B1'), ('EU', 1, 'zeta', 'G1'),"
                + " ('US', 1, 'acme', 'B1')");
    }

    private static OpenDatabase open(TestDatabase test) {
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aLinkTableOfTwoCompositeKeysIsAManyToManyOnBothSides(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                EntityInfo shipment = db.catalog().get("shipment");
                AttributeInfo parts = shipment.attribute("parts").orElseThrow();
                assertThat(parts.kind()).isEqualTo(AttributeKind.TO_MANY);
                assertThat(parts.targetEntity()).isEqualTo("part");
                assertThat(parts.joinTable()).isNotNull();
                AttributeInfo shipments = db.catalog().get("part").attribute("shipments").orElseThrow();
                assertThat(shipments.kind()).isEqualTo(AttributeKind.TO_MANY);
                assertThat(shipments.joinTable()).isNotNull();
                assertThat(db.catalog().get("shipment_part").readOnlyReason()).as("no entity of two to-ones").contains("link table");

                assertThat(ids(db, "part", new Scope("shipment", key("EU", 1), "parts")))
                        .containsExactly(key("acme", "B1"), key("zeta", "G1"));
                assertThat(ids(db, "shipment", new Scope("part", key("acme", "B1"), "shipments")))
                        .containsExactly(key("EU", 1), key("US", 1));
                assertThat(ids(db, "part", new Scope("shipment", key("EU", 2), "parts"))).isEmpty();
                Row eu1 = rows(db, "shipment", null).get(0);
                assertThat(eu1.cells().get(shipment.attributes().indexOf(parts))).isEqualTo(new CountValue("parts", 2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void rowsAreLinkedAndUnlinkedFromEitherSideAndToANewRow(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                db.changes().save(List.of(
                        new InsertRow("part", 1, Map.of("maker", "zeta", "code", "S9", "label", "spring")),
                        new LinkRow("shipment", key("EU", 2), "parts", key("acme", "N1")),
                        new UnlinkRow("shipment", key("EU", 1), "parts", key("zeta", "G1")),
                        new LinkRow("part", key("zeta", "G1"), "shipments", key("US", 1)),
                        new LinkRow("shipment", key("EU", 2), "parts", new NewRowRef("part", 1))));
                assertThat(links(test)).containsExactly("EU 1 acme B1", "EU 2 acme N1", "EU 2 zeta S9", "US 1 acme B1", "US 1 zeta G1");
                assertThat(ids(db, "part", new Scope("shipment", key("EU", 2), "parts")))
                        .containsExactly(key("acme", "N1"), key("zeta", "S9"));

                // each column of the link table paired with the key column it holds, whatever the order of either
                assertThat(db.changes().previewSql(List.of(new UnlinkRow("part", key("acme", "B1"), "shipments", key("US", 1)))))
                        .containsExactly("DELETE FROM shipment_part WHERE maker = 'acme' AND code = 'B1' AND region = 'US' AND num = 1;");
                db.changes().save(List.of(new UnlinkRow("part", key("acme", "B1"), "shipments", key("US", 1))));
                assertThat(links(test)).containsExactly("EU 1 acme B1", "EU 2 acme N1", "EU 2 zeta S9", "US 1 zeta G1");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aLinkThatIsThereOrToARowThatIsGoneSavesNothingAndSaysWhich(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                assertThatThrownBy(() -> db.changes().save(List.of(
                        new LinkRow("shipment", key("EU", 2), "parts", key("acme", "B1")),
                        new LinkRow("shipment", key("EU", 1), "parts", key("zeta", "G1")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> {
                            RowProblem problem = e.problems().get(0);
                            assertThat(problem.editIndex()).isEqualTo(1);
                            assertThat(problem.message()).startsWith("The shipment EU, 1 is already linked to #zeta, G1 in parts");
                        });
                assertThatThrownBy(() -> db.changes().save(List.of(new LinkRow("shipment", key("EU", 9), "parts", key("acme", "B1")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems().get(0).message())
                                .startsWith("The shipment EU, 9 or #acme, B1 no longer exists"));
                assertThatThrownBy(() -> db.changes().save(List.of(new UnlinkRow("shipment", key("EU", 2), "parts", key("zeta", "G1")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems().get(0).kind())
                                .isEqualTo(RowProblem.Kind.CONFLICT));
                assertThatThrownBy(() -> db.changes().save(List.of(new LinkRow("shipment", "EU", "parts", key("acme", "N1")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems()).extracting(RowProblem::message)
                                .containsExactly("A shipment is named by the values of region, num, not by \"EU\"."));
                assertThat(links(test)).as("nothing was saved").containsExactly("EU 1 acme B1", "EU 1 zeta G1", "US 1 acme B1");
            }
        }
    }

    private static CompositeId key(Object first, Object second) {
        return new CompositeId(List.of(first, second));
    }

    private static List<Object> ids(OpenDatabase db, String entity, Scope scope) {
        return rows(db, entity, scope).stream().map(Row::id).toList();
    }

    private static List<Row> rows(OpenDatabase db, String entity, Scope scope) {
        return db.pages().fetch(new PageRequest(entity, null, List.of(), Anchor.first(), 50, scope), QueryCancel.none()).rows();
    }

    /** The link table's rows, read with plain JDBC, in key order. */
    private static List<String> links(TestDatabase test) {
        List<String> rows = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select region, num, maker, code from shipment_part order by region, num, maker, code")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return rows;
    }

    private static void execute(TestDatabase test, String sql) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
