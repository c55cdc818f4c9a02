package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.DeleteRow;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.SaveResult;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.CountValue;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Reference;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table whose primary key has two columns, {@code order_line(order_id, line_no)}, opened by
 * reflection on all four databases: its grid pages in key order, sorts, filters, goes to an id of
 * two values, and saves updates, inserts and deletes as one unit of work, read back with plain JDBC.
 * Foreign keys of those two columns, from {@code shipment} (its own key is one column) and from
 * {@code shipment_item} (they are part of its key), are links like a foreign key of one column.
 */
class CompositeKeysTest {
    private static final int ORDERS = 40;
    private static final int LINES = 7;
    private static final QueryCancel NO_CANCEL = QueryCancel.none();

    private static void create(TestDatabase test) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table orders (id integer primary key, customer varchar(20))");
                // the key's columns in another order than the table's, and line_no before order_id by name
                s.execute("create table order_line (product varchar(40), line_no integer not null, qty integer,"
                        + " order_id integer not null references orders(id), primary key (order_id, line_no))");
                for (int o = 1; o <= ORDERS; o++) {
                    s.execute("insert into orders values (" + o + ", 'c" + o + "')");
                }
                // inserted against the key's order, so only an ORDER BY gives it
                for (int o = ORDERS; o >= 1; o--) {
                    for (int l = LINES; l >= 1; l--) {
                        int n = o * LINES + l;
                        s.execute("insert into order_line (order_id, line_no, product, qty) values (" + o + ", " + l + ", 'p"
                                + (n % 20) + "', " + (n % 9 == 0 ? "null" : String.valueOf(n % 13)) + ")");
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * The order lines, and two tables that refer to them by both columns: shipments (line_no
     * before order_id, as no key orders them; five shipments of line 3,5, one of 7,2, one of
     * nothing) and shipment items (the reference is part of their key).
     */
    private static void createWithShipments(TestDatabase test) {
        create(test);
        // MariaDB needs an index in the key's order for it; elsewhere the key is given in another
        // order than order_line's primary key, which the link must pair column by column
        String key = test.dbms() == Dbms.MARIADB ? "(order_id, line_no) references order_line(order_id, line_no)"
                : "(line_no, order_id) references order_line(line_no, order_id)";
        // bigint: on SQLite an integer primary key is the rowid, which the database assigns
        SaveRows.execute(test, "create table shipment (id bigint primary key, note varchar(20), line_no integer, order_id integer,"
                + " constraint fk_shipment_line foreign key " + key + ")");
        SaveRows.execute(test, "create table shipment_item (order_id integer not null, line_no integer not null, item_no integer not null,"
                + " weight integer, primary key (order_id, line_no, item_no),"
                + " foreign key (order_id, line_no) references order_line(order_id, line_no))");
        for (int i = 1; i <= 5; i++) {
            SaveRows.execute(test, "insert into shipment (id, note, order_id, line_no) values (" + i + ", 's" + i + "', 3, 5)");
        }
        SaveRows.execute(test, "insert into shipment (id, note, order_id, line_no) values (6, 's6', 7, 2)");
        SaveRows.execute(test, "insert into shipment (id, note) values (7, 'unsent')");
        SaveRows.execute(test, "insert into shipment_item values (3, 5, 1, 10), (3, 5, 2, 20), (7, 2, 1, 30), (3, 6, 1, 40)");
    }

    private static OpenDatabase open(TestDatabase test) {
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aCompositeKeyTableIsAnEditableEntityWhoseIdIsItsKeyColumnsInKeyOrder(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                EntityInfo lines = db.catalog().get("order_line");
                assertThat(lines.editable()).isTrue();
                assertThat(lines.keyless()).isFalse();
                assertThat(lines.compositeId()).isTrue();
                assertThat(lines.idAttributes()).extracting(AttributeInfo::name).containsExactly("order_id", "line_no");
                assertThat(lines.attributes()).extracting(AttributeInfo::name).contains("order", "product", "qty");
                assertThat(db.catalog().get("orders").compositeId()).isFalse();
                assertThat(db.catalog().get("orders").attributes()).extracting(AttributeInfo::name).contains("order_lines");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void pagesFollowTheKeyAcrossPageBoundariesBothWays(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                List<CompositeId> expected = jdbcKeys(test, "select order_id, line_no from order_line order by order_id, line_no");
                assertThat(expected).hasSize(ORDERS * LINES);
                assertThat(ids(fetchAll(db, null, List.of(), 25))).containsExactlyElementsOf(expected);

                List<Row> backwards = new ArrayList<>();
                Page page = db.pages().fetch(request(null, List.of(), 25).at(Anchor.last()), NO_CANCEL);
                backwards.addAll(0, page.rows());
                while (page.moreBefore()) {
                    page = db.pages().fetch(request(null, List.of(), 25).at(new Anchor.Before(page.rows().get(0).key())), NO_CANCEL);
                    backwards.addAll(0, page.rows());
                }
                assertThat(ids(backwards)).containsExactlyElementsOf(expected);
                Page jump = db.pages().fetch(request(null, List.of(), 25).at(new Anchor.Fraction(0.5)), NO_CANCEL);
                assertThat(jump.rows()).hasSize(25);
                assertThat(jump.moreBefore()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void sortsByAnotherColumnWithTiesAndNullsBrokenByTheWholeKey(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Map<CompositeId, Integer> qty = new HashMap<>();
                for (List<Object> row : SaveRows.rows(test, "select order_id, line_no, qty from order_line")) {
                    qty.put(key(row.get(0), row.get(1)), row.get(2) == null ? null : ((Number) row.get(2)).intValue());
                }
                for (boolean descending : new boolean[] {false, true}) {
                    Comparator<Integer> values = Comparator.naturalOrder();
                    Comparator<Integer> nulls = dbms.nullsSortHigh() ? Comparator.nullsLast(values) : Comparator.nullsFirst(values);
                    Comparator<CompositeId> byKey = Comparator.comparing((CompositeId k) -> (Integer) k.get(0)).thenComparing(k -> (Integer) k.get(1));
                    Comparator<CompositeId> order = Comparator.comparing((CompositeId k) -> qty.get(k), nulls).thenComparing(byKey);
                    List<CompositeId> expected = new ArrayList<>(qty.keySet());
                    expected.sort(descending ? order.reversed() : order);
                    assertThat(ids(fetchAll(db, new SortKey("qty", descending), List.of(), 30))).as("descending " + descending)
                            .containsExactlyElementsOf(expected);
                }
                assertThat(ids(fetchAll(db, new SortKey("line_no", true), List.of(), 50))).as("by one part of the key, descending with its ties")
                        .startsWith(key(40, 7), key(39, 7)).hasSize(ORDERS * LINES).doesNotHaveDuplicates();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void filtersRunOnTheServerOnValuesAndOnKeyParts(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                assertThat(ids(fetchAll(db, null, List.of(new Filter("product", FilterOp.EQUALS, "p3")), 4)))
                        .containsExactlyElementsOf(jdbcKeys(test, "select order_id, line_no from order_line where product = 'p3' order by order_id, line_no"));
                assertThat(ids(fetchAll(db, null, List.of(new Filter("line_no", FilterOp.EQUALS, "2"),
                        new Filter("order_id", FilterOp.GREATER_THAN, "30")), 4))).hasSize(ORDERS - 30)
                        .allSatisfy(k -> assertThat(k.get(1)).isEqualTo(2));
                assertThat(db.pages().count("order_line", List.of(new Filter("qty", FilterOp.IS_NULL, "")), NO_CANCEL))
                        .isEqualTo(((Number) SaveRows.value(test, "select count(*) from order_line where qty is null")).longValue());
                assertThat(ids(fetchAll(db, null, List.of(), new Scope("orders", 3, "order_lines"), 4))).as("an order's lines")
                        .containsExactly(key(3, 1), key(3, 2), key(3, 3), key(3, 4), key(3, 5), key(3, 6), key(3, 7));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void goToIdTakesTheKeysValuesSeparatedByCommas(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Key key = db.pages().keyOf("order_line", null, List.of(), "3, 5", NO_CANCEL).orElseThrow();
                assertThat(key.id()).isEqualTo(key(3, 5));
                Page page = db.pages().fetch(request(null, List.of(), 10).at(new Anchor.At(key)), NO_CANCEL);
                assertThat(ids(page.rows())).startsWith(key(3, 5), key(3, 6), key(3, 7), key(4, 1));
                assertThat(page.moreBefore()).isTrue();

                SortKey byQty = new SortKey("qty", false);
                Key sorted = db.pages().keyOf("order_line", byQty, List.of(), "10,2", NO_CANCEL).orElseThrow();
                Page at = db.pages().fetch(request(byQty, List.of(), 10).at(new Anchor.At(sorted)), NO_CANCEL);
                assertThat(at.rows().get(0).id()).isEqualTo(key(10, 2));

                assertThat(db.pages().keyOf("order_line", null, List.of(), "3, 99", NO_CANCEL)).isEmpty();
                assertThatThrownBy(() -> db.pages().keyOf("order_line", null, List.of(), "3", NO_CANCEL))
                        .isInstanceOf(DatabaseException.class).hasMessageContaining("2 parts, order_id, line_no");
                assertThatThrownBy(() -> db.pages().keyOf("order_line", null, List.of(), "3, x", NO_CANCEL))
                        .isInstanceOf(DatabaseException.class).hasMessageContaining("order_line.line_no");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void updateInsertAndDeleteSaveAsOneUnitOfWork(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Integer qty = intValue(test, "select qty from order_line where order_id = 3 and line_no = 5");
                String product = (String) SaveRows.value(test, "select product from order_line where order_id = 3 and line_no = 1");
                Integer qty31 = intValue(test, "select qty from order_line where order_id = 3 and line_no = 1");
                Map<String, Object> deletedSaw = new HashMap<>();
                deletedSaw.put("product", product);
                deletedSaw.put("qty", qty31);
                Map<String, Object> sawQty = new HashMap<>();
                sawQty.put("qty", qty);
                SaveResult saved = db.changes().save(List.of(
                        new UpdateRow("order_line", key(3, 5), sawQty, Map.of("qty", 99)),
                        new InsertRow("order_line", 1, Map.of("order_id", 3, "line_no", 8, "product", "new", "qty", 1)),
                        new DeleteRow("order_line", key(3, 1), deletedSaw)));
                assertThat(saved.generatedIds()).containsEntry(1, key(3, 8));
                assertThat(intValue(test, "select qty from order_line where order_id = 3 and line_no = 5")).isEqualTo(99);
                assertThat(SaveRows.rows(test, "select product, qty from order_line where order_id = 3 and line_no = 8"))
                        .containsExactly(List.of("new", 1));
                assertThat(intValue(test, "select count(*) from order_line where order_id = 3 and line_no = 1")).isZero();
                assertThat(intValue(test, "select count(*) from order_line")).isEqualTo(ORDERS * LINES);
                assertThat(intValue(test, "select qty from order_line where order_id = 3 and line_no = 6"))
                        .as("the row next to it is untouched").isEqualTo(qtyOf(3, 6));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aNewLineTakesTheKeyColumnItSharesWithItsOrderFromTheOrderPicked(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Map<String, Object> disagreeing = new LinkedHashMap<>();
                disagreeing.put("order_id", 4);
                disagreeing.put("order", 5);
                disagreeing.put("line_no", 9);
                assertThatThrownBy(() -> db.changes().save(List.of(new InsertRow("order_line", 1, disagreeing))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems()).extracting(RowProblem::message)
                                .containsExactly("order and order_id both set the column order_id, to different values (5, 4):"
                                        + " change one of them to agree."));
                SaveResult saved = db.changes().save(List.of(
                        new InsertRow("order_line", 1, Map.of("order", 3, "line_no", 8, "product", "picked")),
                        new InsertRow("order_line", 2, Map.of("order", 4, "order_id", 4, "line_no", 8, "product", "both"))));
                assertThat(saved.generatedIds()).containsEntry(1, key(3, 8)).containsEntry(2, key(4, 8));
                assertThat(SaveRows.rows(test, "select order_id, line_no, product from order_line where line_no = 8 order by order_id"))
                        .containsExactly(List.of(3, 8, "picked"), List.of(4, 8, "both"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aConflictOrARefusalSavesNothingAndSaysWhich(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Integer qty = intValue(test, "select qty from order_line where order_id = 4 and line_no = 2");
                SaveRows.execute(test, "update order_line set qty = 77 where order_id = 4 and line_no = 2");
                Map<String, Object> saw = new HashMap<>();
                saw.put("qty", qty);
                assertThatThrownBy(() -> db.changes().save(List.of(
                        new UpdateRow("order_line", key(4, 3), Map.of("qty", qtyOf(4, 3)), Map.of("qty", 55)),
                        new UpdateRow("order_line", key(4, 2), saw, Map.of("qty", 66)))))
                        .isInstanceOfSatisfying(SaveException.class, e -> {
                            RowProblem problem = e.problems().get(0);
                            assertThat(problem.kind()).isEqualTo(RowProblem.Kind.CONFLICT);
                            assertThat(problem.editIndex()).isEqualTo(1);
                            assertThat(problem.message()).contains("Someone else changed this order_line");
                            assertThat(problem.theirs()).containsEntry("qty", 77).containsEntry("line_no", 2);
                        });
                assertThat(intValue(test, "select qty from order_line where order_id = 4 and line_no = 3"))
                        .as("the other update was rolled back").isEqualTo(qtyOf(4, 3));

                assertThatThrownBy(() -> db.changes().save(List.of(
                        new UpdateRow("order_line", key(4, 3), Map.of("qty", qtyOf(4, 3)), Map.of("qty", 55)),
                        new InsertRow("order_line", 1, Map.of("order_id", 4, "line_no", 2, "product", "again")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> {
                            RowProblem problem = e.problems().get(0);
                            assertThat(problem.kind()).isEqualTo(RowProblem.Kind.CONSTRAINT);
                            assertThat(problem.editIndex()).isEqualTo(1);
                            assertThat(problem.message()).isEqualTo("The combination order_id 4, line_no 2 is already taken (primary key).");
                        });
                assertThat(intValue(test, "select qty from order_line where order_id = 4 and line_no = 3")).isEqualTo(qtyOf(4, 3));

                assertThatThrownBy(() -> db.changes().save(List.of(new InsertRow("order_line", 1, Map.of("order_id", 4, "product", "x")))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems()).extracting(RowProblem::message)
                                .contains("line_no must have a value."));
                assertThatThrownBy(() -> db.changes().save(List.of(new DeleteRow("order_line", 4, Map.of()))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems().get(0).message())
                                .contains("named by the values of order_id, line_no"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aForeignKeyOfSeveralColumnsIsALinkBothWaysAndItsColumnsAreNoLongerValues(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            createWithShipments(test);
            try (OpenDatabase db = open(test)) {
                EntityInfo shipment = db.catalog().get("shipment");
                assertThat(shipment.attributes()).extracting(AttributeInfo::name).containsExactly("id", "note", "order_line");
                AttributeInfo link = shipment.attribute("order_line").orElseThrow();
                assertThat(link.kind()).isEqualTo(AttributeKind.TO_ONE);
                assertThat(link.targetEntity()).isEqualTo("order_line");
                assertThat(link.nullable()).isTrue();
                EntityInfo items = db.catalog().get("shipment_item");
                assertThat(items.idAttributes()).extracting(AttributeInfo::name).containsExactly("order_id", "line_no", "item_no");
                assertThat(items.attribute("order_line")).get().extracting(AttributeInfo::kind).isEqualTo(AttributeKind.TO_ONE);
                assertThat(db.catalog().get("order_line").attributes()).filteredOn(a -> a.kind() == AttributeKind.TO_MANY)
                        .extracting(AttributeInfo::name).containsExactlyInAnyOrder("shipments", "shipment_items");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theLinkShowsItsTargetsLabelAndLeadsToItsRowAndBack(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            createWithShipments(test);
            try (OpenDatabase db = open(test)) {
                Map<Integer, Object> links = cells(fetchAll(db, "shipment", null), db.catalog().get("shipment"), "order_line");
                assertThat(links.get(1)).isEqualTo(new RefValue("order_line", key(3, 5), key(3, 5)));
                assertThat(links.get(1)).as("labelled by its key, the row is named by all of it").hasToString("order_line #3, 5");
                assertThat(links.get(7)).as("no line").isNull();
                EntityInfo items = db.catalog().get("shipment_item");
                int itemLink = items.attributes().indexOf(items.attribute("order_line").orElseThrow());
                assertThat(fetchAll(db, "shipment_item", null)).extracting(r -> ((RefValue) r.cells().get(itemLink)).id())
                        .containsExactly(key(3, 5), key(3, 5), key(3, 6), key(7, 2));

                db.chooseLabel("order_line", "product");
                String product = (String) SaveRows.value(test, "select product from order_line where order_id = 3 and line_no = 5");
                RefValue labelled = (RefValue) cells(fetchAll(db, "shipment", null), db.catalog().get("shipment"), "order_line").get(1);
                assertThat(labelled.label()).isEqualTo(product);
                assertThat(labelled).hasToString(product);

                // a link is followed as the grid does: to its id, typed as go to id takes it
                Key target = db.pages().keyOf("order_line", null, List.of(), String.valueOf(labelled.id()), NO_CANCEL).orElseThrow();
                assertThat(target.id()).isEqualTo(key(3, 5));
                // and back: the shipments of that line, through the one-to-many and through the panel's reference
                assertThat(idsOf(fetchAll(db, "shipment", new Scope("order_line", key(3, 5), "shipments"))))
                        .containsExactlyElementsOf(jdbcIds(test, "select id from shipment where order_id = 3 and line_no = 5 order by id"));
                assertThat(idsOf(fetchAll(db, "shipment", new Scope("order_line", key(7, 2), "shipments")))).containsExactly(6);
                assertThat(fetchAll(db, "shipment_item", new Scope("order_line", key(3, 5), "shipment_items")))
                        .extracting(Row::id).containsExactly(key3(3, 5, 1), key3(3, 5, 2));
                Reference reference = db.pages().referencesTo("order_line", key(3, 5), NO_CANCEL).stream()
                        .filter(r -> r.entity().equals("shipment")).findFirst().orElseThrow();
                assertThat(reference.count()).isEqualTo(5);
                assertThat(idsOf(fetchAll(db, "shipment", reference.scopeFrom("order_line", key(3, 5))))).containsExactly(1, 2, 3, 4, 5);

                Row line35 = fetchAll(db, "order_line", null).stream().filter(r -> r.id().equals(key(3, 5))).findFirst().orElseThrow();
                EntityInfo lines = db.catalog().get("order_line");
                assertThat(line35.cells().get(lines.attributes().indexOf(lines.attribute("shipments").orElseThrow())))
                        .isEqualTo(new CountValue("shipments", 5));
                assertThat(line35.cells().get(lines.attributes().indexOf(lines.attribute("shipment_items").orElseThrow())))
                        .isEqualTo(new CountValue("shipment_items", 2));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aLinkPickedByLabelAndSavedWritesAllItsColumns(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            createWithShipments(test);
            try (OpenDatabase db = open(test)) {
                db.chooseLabel("order_line", "product");
                String product = (String) SaveRows.value(test, "select product from order_line where order_id = 9 and line_no = 4");
                // the picker's search: by label, a page at a time, each match a whole key
                List<LabelMatch> found = new LabelSearch(db.pages()).search("order_line", product, null, null, 400, NO_CANCEL).matches();
                assertThat(found).extracting(LabelMatch::id).contains(key(9, 4)).allMatch(id -> id instanceof CompositeId);
                RefValue picked = found.stream().filter(m -> m.id().equals(key(9, 4))).findFirst().orElseThrow().toRef();

                Map<String, Object> sawNull = new HashMap<>();
                sawNull.put("order_line", null);
                SaveResult saved = db.changes().save(List.of(
                        new UpdateRow("shipment", 1, Map.of("order_line", key(3, 5)), Map.of("order_line", picked.id())),
                        new UpdateRow("shipment", 7, sawNull, Map.of("order_line", key(7, 2))),
                        new UpdateRow("shipment", 6, Map.of("order_line", key(7, 2)), sawNull),
                        new InsertRow("shipment", 1, Map.of("id", 8, "note", "new", "order_line", key(10, 3))),
                        // the link sets the key's columns it shares, as typing them would
                        new InsertRow("shipment_item", 2, Map.of("item_no", 9, "weight", 1, "order_line", key(4, 1)))));
                assertThat(saved.generatedIds()).containsEntry(2, key3(4, 1, 9));
                assertThat(SaveRows.rows(test, "select id, order_id, line_no from shipment where id in (1, 6, 7, 8) order by id"))
                        .containsExactly(List.of(1, 9, 4), Arrays.asList(6, null, null), List.of(7, 7, 2), List.of(8, 10, 3));
                assertThat(SaveRows.rows(test, "select weight from shipment_item where order_id = 4 and line_no = 1 and item_no = 9"))
                        .containsExactly(List.of(1));
                Map<Integer, Object> links = cells(fetchAll(db, "shipment", null), db.catalog().get("shipment"), "order_line");
                assertThat(links.get(1)).isEqualTo(new RefValue("order_line", key(9, 4), product));
                assertThat(links.get(6)).isNull();

                // someone else moved shipment 2 meanwhile: a conflict, with their link
                SaveRows.execute(test, "update shipment set line_no = 6 where id = 2");
                assertThatThrownBy(() -> db.changes().save(List.of(
                        new UpdateRow("shipment", 2, Map.of("order_line", key(3, 5)), Map.of("order_line", key(1, 1))))))
                        .isInstanceOfSatisfying(SaveException.class, e -> {
                            assertThat(e.problems().get(0).kind()).isEqualTo(RowProblem.Kind.CONFLICT);
                            assertThat(e.problems().get(0).theirs()).containsEntry("order_line", key(3, 6));
                        });
                if (dbms != Dbms.SQLITE) { // which enforces foreign keys only where a connection asks it to, as Rowboat's do not
                    // a link to a line that is not there is refused by the database, in words about the link
                    assertThatThrownBy(() -> db.changes().save(List.of(
                            new UpdateRow("shipment", 3, Map.of("order_line", key(3, 5)), Map.of("order_line", key(99, 1))))))
                            .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems().get(0).message())
                                    .isEqualTo("This shipment's order_line 99, 1 does not exist (foreign key fk_shipment_line)."));
                    assertThat(SaveRows.rows(test, "select order_id, line_no from shipment where id = 3")).containsExactly(List.of(3, 5));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aLinkThatSharesColumnsWithOtherKeysIsShownAndSavedThroughThem(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            create(test);
            // a delivery's order_id is a key of its own too; a line's note has the line's key as its own
            SaveRows.execute(test, "create table delivery (id bigint primary key, order_id integer references orders(id), line_no integer,"
                    + " foreign key (order_id, line_no) references order_line(order_id, line_no))");
            SaveRows.execute(test, "create table line_note (order_id integer not null, line_no integer not null, note varchar(40),"
                    + " primary key (order_id, line_no), foreign key (order_id, line_no) references order_line(order_id, line_no))");
            SaveRows.execute(test, "insert into delivery values (1, 3, 5), (2, 4, 1)");
            SaveRows.execute(test, "insert into line_note values (3, 5, 'fragile')");
            try (OpenDatabase db = open(test)) {
                EntityInfo delivery = db.catalog().get("delivery");
                assertThat(delivery.attributes()).extracting(AttributeInfo::name, AttributeInfo::kind).containsExactly(
                        tuple("id", AttributeKind.ID), tuple("order", AttributeKind.TO_ONE), tuple("line_no", AttributeKind.BASIC),
                        tuple("order_line", AttributeKind.TO_ONE));
                assertThat(cells(fetchAll(db, "delivery", null), delivery, "order_line").get(1))
                        .isEqualTo(new RefValue("order_line", key(3, 5), key(3, 5)));

                Map<String, Object> disagreeing = new LinkedHashMap<>();
                disagreeing.put("id", 4);
                disagreeing.put("order", 6);
                disagreeing.put("order_line", key(5, 1));
                assertThatThrownBy(() -> db.changes().save(List.of(new InsertRow("delivery", 2, disagreeing))))
                        .isInstanceOfSatisfying(SaveException.class, e -> assertThat(e.problems()).extracting(RowProblem::message)
                                .containsExactly("order_line and order both set the column order_id, to different values (5, 6):"
                                        + " change one of them to agree."));
                db.changes().save(List.of(
                        new UpdateRow("delivery", 1, Map.of("order_line", key(3, 5)), Map.of("order_line", key(8, 2))),
                        new InsertRow("delivery", 1, Map.of("id", 3, "order_line", key(5, 1))),
                        new InsertRow("line_note", 2, Map.of("note", "handle with care", "order_line", key(4, 1)))));
                assertThat(SaveRows.rows(test, "select id, order_id, line_no from delivery order by id"))
                        .containsExactly(List.of(1, 8, 2), List.of(2, 4, 1), List.of(3, 5, 1));
                assertThat(SaveRows.rows(test, "select order_id, line_no, note from line_note order by order_id"))
                        .containsExactly(List.of(3, 5, "fragile"), List.of(4, 1, "handle with care"));

                // the note is the line's one-to-one, both ways
                EntityInfo lines = db.catalog().get("order_line");
                assertThat(lines.attribute("line_note")).get().extracting(AttributeInfo::kind, AttributeInfo::targetEntity)
                        .containsExactly(AttributeKind.TO_ONE, "line_note");
                assertThat(fetchAll(db, "line_note", new Scope("order_line", key(4, 1), "line_note"))).extracting(Row::id)
                        .containsExactly(key(4, 1));
                EntityInfo notes = db.catalog().get("line_note");
                assertThat(notes.attribute("order_line").orElseThrow().unique()).isTrue();
            }
        }
    }

    private static Map<Integer, Object> cells(List<Row> rows, EntityInfo entity, String attribute) {
        int at = entity.attributes().indexOf(entity.attribute(attribute).orElseThrow());
        Map<Integer, Object> cells = new HashMap<>();
        rows.forEach(r -> cells.put(r.id() instanceof Number n ? n.intValue() : -1, r.cells().get(at)));
        return cells;
    }

    private static List<Integer> idsOf(List<Row> rows) {
        return rows.stream().map(r -> ((Number) r.id()).intValue()).toList();
    }

    private static List<Integer> jdbcIds(TestDatabase test, String sql) {
        return SaveRows.rows(test, sql).stream().map(r -> (Integer) r.get(0)).toList();
    }

    private static List<Row> fetchAll(OpenDatabase db, String entity, Scope scope) {
        List<Row> all = new ArrayList<>();
        PageRequest first = new PageRequest(entity, null, List.of(), Anchor.first(), 50, scope);
        Page page = db.pages().fetch(first, NO_CANCEL);
        all.addAll(page.rows());
        while (page.moreAfter()) {
            page = db.pages().fetch(first.at(new Anchor.After(page.rows().get(page.rows().size() - 1).key())), NO_CANCEL);
            all.addAll(page.rows());
        }
        return all;
    }

    private static CompositeId key3(int order, int line, int item) {
        return new CompositeId(List.of(order, line, item));
    }

    /** The qty the fixture gave a row (null every ninth). */
    private static Integer qtyOf(int order, int line) {
        int n = order * LINES + line;
        return n % 9 == 0 ? null : n % 13;
    }

    private static CompositeId key(Object order, Object line) {
        return new CompositeId(List.of(((Number) order).intValue(), ((Number) line).intValue()));
    }

    private static Integer intValue(TestDatabase test, String sql) {
        Object value = SaveRows.value(test, sql);
        return value == null ? null : ((Number) value).intValue();
    }

    private static List<CompositeId> jdbcKeys(TestDatabase test, String sql) {
        return SaveRows.rows(test, sql).stream().map(r -> key(r.get(0), r.get(1))).toList();
    }

    private static List<CompositeId> ids(List<Row> rows) {
        return rows.stream().map(r -> (CompositeId) r.id()).toList();
    }

    private static PageRequest request(SortKey sort, List<Filter> filters, int size) {
        return new PageRequest("order_line", sort, filters, Anchor.first(), size);
    }

    private static List<Row> fetchAll(OpenDatabase db, SortKey sort, List<Filter> filters, int size) {
        return fetchAll(db, sort, filters, null, size);
    }

    private static List<Row> fetchAll(OpenDatabase db, SortKey sort, List<Filter> filters, Scope scope, int size) {
        List<Row> all = new ArrayList<>();
        PageRequest first = new PageRequest("order_line", sort, filters, Anchor.first(), size, scope);
        Page page = db.pages().fetch(first, NO_CANCEL);
        all.addAll(page.rows());
        while (page.moreAfter()) {
            page = db.pages().fetch(first.at(new Anchor.After(page.rows().get(page.rows().size() - 1).key())), NO_CANCEL);
            all.addAll(page.rows());
        }
        return all;
    }

    /** Plain JDBC, as another client of the database. */
    private static final class SaveRows {
        static Object value(TestDatabase test, String sql) {
            List<List<Object>> rows = rows(test, sql);
            return rows.isEmpty() ? null : rows.get(0).get(0);
        }

        static List<List<Object>> rows(TestDatabase test, String sql) {
            List<List<Object>> rows = new ArrayList<>();
            test.jdbc(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>();
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            row.add(v instanceof Number n && !(v instanceof java.math.BigDecimal) ? (Object) n.intValue() : v);
                        }
                        rows.add(row);
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(sql + ": " + e.getMessage(), e);
                }
            });
            return rows;
        }

        static void execute(TestDatabase test, String sql) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
