package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RowCount;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.reflect.NameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.grid.EntityTableViewModel;
import dev.rowboat.ui.grid.GridEditing;
import dev.rowboat.ui.relations.Place;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grid of a table with a two-column key, without a window: go to "3, 5", type a new row's key,
 * save; and a link to such a row, followed both ways, typed and picked.
 */
class CompositeKeyGridTest {
    @Test
    void goToTakesTheKeysValuesAndANewRowsKeyIsTypedInWhileAnExistingRowsStays() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table order_line (order_id integer not null, line_no integer not null, product varchar(40),"
                            + " qty integer, primary key (order_id, line_no))");
                    for (int o = 1; o <= 30; o++) {
                        for (int l = 1; l <= 5; l++) {
                            s.execute("insert into order_line values (" + o + ", " + l + ", 'p" + l + "', " + (o + l) + ")");
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults())) {
                EntityInfo entity = db.catalog().get("order_line");
                ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
                EntityTableViewModel grid = new EntityTableViewModel(db.pages(), entity, new RowCount(150, RowCount.Precision.EXACT),
                        new DirectTaskExecutor(), changes);
                assertThat(grid.goToIdPrompt()).isEqualTo("Go to order_id, line_no…");
                grid.loadFirst();
                grid.goToId("12, 4");
                assertThat(grid.rows().get(0).id()).isEqualTo(new CompositeId(List.of(12, 4)));
                grid.goToId("12");
                assertThat(grid.messageProperty().get()).contains("2 parts, order_id, line_no");

                GridEditing editing = grid.editing();
                AttributeInfo orderId = entity.attribute("order_id").orElseThrow();
                AttributeInfo lineNo = entity.attribute("line_no").orElseThrow();
                AttributeInfo qty = entity.attribute("qty").orElseThrow();
                Row existing = grid.rows().get(0);
                assertThat(editing.canEdit(existing, orderId)).as("an existing row keeps its key").isFalse();
                assertThat(editing.edit(existing, qty, "99")).isTrue();

                editing.addRow();
                Row added = grid.rows().stream().filter(GridEditing::isNew).findFirst().orElseThrow();
                assertThat(editing.canEdit(added, orderId)).isTrue();
                assertThat(editing.edit(added, orderId, "31")).isTrue();
                assertThat(editing.edit(added, lineNo, "1")).isTrue();
                assertThat(editing.edit(added, qty, "5")).isTrue();
                changes.save();
                assertThat(changes.messageProperty().get()).isEqualTo("Saved 2 changes.");
                assertThat(rows(test, "select qty from order_line where order_id = 12 and line_no = 4")).containsExactly(99);
                assertThat(rows(test, "select qty from order_line where order_id = 31 and line_no = 1")).containsExactly(5);
            }
        }
    }

    @Test
    void aLinkOfTwoColumnsIsFollowedBothWaysAndSetByTypingOrPickingThenSaved() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table order_line (order_id integer not null, line_no integer not null, product varchar(40),"
                            + " primary key (order_id, line_no))");
                    s.execute("create table shipment (id integer primary key, order_id integer, line_no integer, note varchar(20),"
                            + " foreign key (order_id, line_no) references order_line(order_id, line_no))");
                    s.execute("insert into order_line values (1, 1, 'kettle'), (1, 2, 'teapot'), (2, 1, 'cups')");
                    s.execute("insert into shipment values (10, 1, 2, 'first'), (11, 1, 2, 'second'), (12, 2, 1, 'third')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults())) {
                db.chooseLabel("order_line", "product");
                EntityInfo shipment = db.catalog().get("shipment");
                ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
                EntityTableViewModel grid = new EntityTableViewModel(db.pages(), shipment, null, new DirectTaskExecutor(), changes);
                grid.loadFirst();
                AttributeInfo link = shipment.attribute("order_line").orElseThrow();
                int at = shipment.attributes().indexOf(link);
                Row first = grid.rows().get(0);
                assertThat(grid.editing().valueOf(first, at)).hasToString("teapot");
                Place target = grid.follow(first, link).orElseThrow();
                assertThat(target.entity()).isEqualTo("order_line");
                assertThat(target.selectedId()).isEqualTo(new CompositeId(List.of(1, 2)));

                // where the link leads, the grid goes to its row as go to id does, and from there back to its shipments
                EntityInfo lines = db.catalog().get("order_line");
                EntityTableViewModel lineGrid = new EntityTableViewModel(db.pages(), lines, null, new DirectTaskExecutor(), changes);
                lineGrid.loadFirst();
                lineGrid.goToId(String.valueOf(target.selectedId()));
                Row line = lineGrid.rows().get(0);
                assertThat(line.id()).isEqualTo(new CompositeId(List.of(1, 2)));
                Place back = lineGrid.follow(line, lines.attribute("shipments").orElseThrow()).orElseThrow();
                EntityTableViewModel shipments = new EntityTableViewModel(db.pages(), shipment, null, new DirectTaskExecutor(), changes, back.scope());
                shipments.loadFirst();
                assertThat(shipments.rows()).extracting(Row::id).containsExactly(10, 11);

                // typed as go to id takes it, and picked by its label
                assertThat(grid.editing().edit(first, link, "2, 1")).isTrue();
                assertThat(grid.editing().valueOf(first, at)).isEqualTo(new RefValue("order_line", new CompositeId(List.of(2, 1)), null));
                assertThat(grid.editing().edit(first, link, "2")).as("one value of two").isFalse();
                assertThat(grid.messageProperty().get()).contains("2 parts, order_id, line_no");
                LabelMatch kettle = new LabelSearch(db.pages()).search("order_line", "kett", null, null, 10, QueryCancel.none()).matches().get(0);
                Row third = grid.rows().get(2);
                assertThat(grid.editing().setReference(third, link, kettle.toRef())).isTrue();
                changes.save();
                assertThat(changes.messageProperty().get()).isEqualTo("Saved 2 changes.");
                assertThat(rowsOf(test, "select id, order_id, line_no from shipment order by id"))
                        .containsExactly(List.of(10, 2, 1), List.of(11, 1, 2), List.of(12, 1, 1));
            }
        }
    }

    @Test
    void aNewRowsKeyPartIsGivenByThePickedLinkAndShownWithItAndATypedOneMustAgree() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table orders (id integer primary key, customer varchar(20))");
                    s.execute("create table order_line (order_id integer not null references orders(id), line_no integer not null,"
                            + " product varchar(40), primary key (order_id, line_no))");
                    s.execute("insert into orders values (1, 'ann'), (2, 'bob')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults())) {
                db.chooseLabel("orders", "customer");
                EntityInfo lines = db.catalog().get("order_line");
                ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
                EntityTableViewModel grid = new EntityTableViewModel(db.pages(), lines, null, new DirectTaskExecutor(), changes);
                grid.loadFirst();
                GridEditing editing = grid.editing();
                AttributeInfo orderId = lines.attribute("order_id").orElseThrow();
                AttributeInfo lineNo = lines.attribute("line_no").orElseThrow();
                AttributeInfo order = lines.attribute("order").orElseThrow();
                int orderIdAt = lines.attributes().indexOf(orderId);
                int orderAt = lines.attributes().indexOf(order);

                // picked by its label: the key's order_id is the order's, shown as such
                editing.addRow();
                Row picked = grid.rows().stream().filter(GridEditing::isNew).findFirst().orElseThrow();
                LabelMatch bob = new LabelSearch(db.pages()).search("orders", "bob", null, null, 10, QueryCancel.none()).matches().get(0);
                assertThat(editing.setReference(picked, order, bob.toRef())).isTrue();
                assertThat(editing.edit(picked, lineNo, "1")).isTrue();
                assertThat(editing.valueOf(picked, orderIdAt)).isEqualTo(2);

                // typed: the link shows the order it names
                editing.addRow();
                Row typed = grid.rows().stream().filter(r -> GridEditing.isNew(r) && !r.equals(picked)).findFirst().orElseThrow();
                assertThat(editing.edit(typed, orderId, "1")).isTrue();
                assertThat(editing.edit(typed, lineNo, "1")).isTrue();
                assertThat(editing.valueOf(typed, orderAt)).isEqualTo(new RefValue("orders", 1, null));
                changes.save();
                assertThat(changes.messageProperty().get()).isEqualTo("Saved 2 changes.");
                assertThat(rowsOf(test, "select order_id, line_no from order_line order by order_id"))
                        .containsExactly(List.of(1, 1), List.of(2, 1));

                // both, disagreeing: refused on the cell, saved once they agree
                editing.addRow();
                Row both = grid.rows().stream().filter(GridEditing::isNew).findFirst().orElseThrow();
                assertThat(editing.edit(both, orderId, "1")).isTrue();
                assertThat(editing.setReference(both, order, bob.toRef())).isTrue();
                assertThat(editing.edit(both, lineNo, "2")).isTrue();
                changes.save();
                assertThat(editing.problem(both, order)).get().asString().contains("both set the column");
                assertThat(rows(test, "select count(*) from order_line")).containsExactly(2L);
                assertThat(editing.edit(both, orderId, "2")).isTrue();
                changes.save();
                assertThat(changes.messageProperty().get()).isEqualTo("Saved 1 change.");
                assertThat(rowsOf(test, "select order_id, line_no from order_line order by order_id, line_no"))
                        .containsExactly(List.of(1, 1), List.of(2, 1), List.of(2, 2));
            }
        }
    }

    @Test
    void aLinkTableOfTwoCompositeKeysIsCountedInTheGridAndLinkedAndUnlinkedInItsDialog() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table shipment (region varchar(2) not null, num integer not null, primary key (region, num))");
                    s.execute("create table part (maker varchar(10) not null, code varchar(10) not null, label varchar(20),"
                            + " primary key (maker, code))");
                    s.execute("create table shipment_part (region varchar(2) not null, num integer not null, maker varchar(10) not null,"
                            + " code varchar(10) not null, primary key (region, num, maker, code),"
                            + " foreign key (region, num) references shipment(region, num),"
                            + " foreign key (maker, code) references part(maker, code))");
                    s.execute("insert into shipment values ('EU', 1), ('US', 1)");
                    s.execute("insert into part values ('acme', 'B1', 'bolt'), ('acme', 'N1', 'nut'), ('zeta', 'G1', 'gear')");
                    s.execute("insert into shipment_part values ('EU', 1, 'acme', 'B1'), ('EU', 1, 'zeta', 'G1')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults())) {
                db.chooseLabel("part", "label");
                EntityInfo shipment = db.catalog().get("shipment");
                AttributeInfo parts = shipment.attribute("parts").orElseThrow();
                ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
                EntityTableViewModel grid = new EntityTableViewModel(db.pages(), shipment, null, new DirectTaskExecutor(), changes);
                grid.loadFirst();
                Row eu1 = grid.rows().get(0);
                assertThat(grid.editing().canLink(parts)).isTrue();
                assertThat(grid.editing().valueOf(eu1, shipment.attributes().indexOf(parts))).hasToString("parts (2)");

                var dialog = new dev.rowboat.ui.relations.LinkRowsViewModel(changes, grid.editing().refOf(eu1), "EU, 1", parts,
                        new LabelSearch(db.pages()), new DirectTaskExecutor());
                dialog.load();
                assertThat(dialog.linked()).extracting(LabelMatch::label).containsExactlyInAnyOrder("bolt", "gear");
                assertThat(dialog.candidates().matches()).extracting(LabelMatch::label).as("rows linked already are not offered")
                        .containsExactly("nut");
                dialog.link(dialog.candidates().matches().get(0));
                dialog.unlink(dialog.linked().stream().filter(m -> "gear".equals(m.label())).findFirst().orElseThrow());
                assertThat(dialog.messageProperty().get()).isEqualTo("gear will be unlinked on Save.");
                changes.save();
                assertThat(changes.messageProperty().get()).isEqualTo("Saved 2 changes.");
                assertThat(rowsOf(test, "select maker, code from shipment_part where region = 'EU' and num = 1 order by maker, code"))
                        .containsExactly(List.of("acme", "B1"), List.of("acme", "N1"));
            }
        }
    }

    private static List<List<Object>> rowsOf(TestDatabase test, String sql) {
        List<List<Object>> rows = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return rows;
    }

    private static List<Object> rows(TestDatabase test, String sql) {
        List<Object> values = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getObject(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }
}
