package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.DeleteRow;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.SaveResult;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A table whose primary key has two columns, {@code order_line(order_id, line_no)}, opened by
 * reflection on all four databases: its grid pages in key order, sorts, filters, goes to an id of
 * two values, and saves updates, inserts and deletes as one unit of work, read back with plain JDBC.
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
