package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.paging.LabelMatch;
import java.nio.file.Path;
import java.sql.DriverManager;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link table of two composite keys in the window: a shipment's parts counted, a part linked in the dialog, saved. */
class CompositeLinkingTest {
    @TempDir
    Path home;
    @TempDir
    Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void openShipmentsAndParts() throws Exception {
        file = data.resolve("shipments.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("create table shipment (region varchar(2) not null, num integer not null, note varchar(20), primary key (region, num))");
            s.execute("create table part (maker varchar(10) not null, code varchar(10) not null, label varchar(20), primary key (maker, code))");
            s.execute("create table shipment_part (region varchar(2) not null, num integer not null, maker varchar(10) not null,"
                    + " code varchar(10) not null, primary key (region, num, maker, code),"
                    + " foreign key (region, num) references shipment(region, num), foreign key (maker, code) references part(maker, code))");
            s.execute("insert into shipment values ('EU', 1, 'first'), ('US', 1, 'second')");
            s.execute("insert into part values ('acme', 'B1', 'bolt'), ('acme', 'N1', 'nut'), ('zeta', 'G1', 'gear')");
            s.execute("insert into shipment_part values ('EU', 1, 'acme', 'B1'), ('EU', 1, 'zeta', 'G1')");
        }
        window = RowboatWindow.startAndWait(home, "sqlite:///" + file, 3);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @SuppressWarnings("unchecked")
    private ListView<LabelMatch> list(String id) {
        return window.robot.lookup("#" + id).queryAs(ListView.class);
    }

    @Test
    void aPartIsLinkedToAShipmentInTheDialogAndSaved() throws Exception {
        window.robot.clickOn("#entity-shipment");
        waitUntil(() -> window.robot.lookup("#grid-shipment").tryQuery().isPresent() && window.grid("shipment").getItems().size() == 2);
        assertThat(window.cellText("shipment", 0, "parts")).isEqualTo("parts (2)");

        var grid = window.grid("shipment");
        var column = grid.getColumns().stream().filter(c -> "col-parts".equals(c.getId())).findFirst().orElseThrow();
        window.robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, column);
            grid.getFocusModel().focus(0, column);
        });
        window.robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#addSearchField").tryQuery().isPresent() && list("candidateList").getItems().size() == 1);
        assertThat(list("linkedList").getItems()).extracting(LabelMatch::label).containsExactlyInAnyOrder("bolt", "gear");
        window.robot.clickOn("#addSearchField").write("nut").type(KeyCode.ENTER);
        waitUntil(() -> list("linkedList").getItems().stream().anyMatch(m -> "nut".equals(m.label())));
        assertThat(window.robot.lookup("#linkMessage").queryAs(Label.class).getText()).isEqualTo("nut will be linked on Save.");
        window.robot.clickOn("#linkDoneButton");
        waitUntil(() -> window.cellText("shipment", 0, "parts").equals("parts (2→3)"));

        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty());
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement();
             var rs = s.executeQuery("select group_concat(maker || ' ' || code, ',') from"
                     + " (select maker, code from shipment_part where region = 'EU' and num = 1 order by maker, code)")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("acme B1,acme N1,zeta G1");
        }
    }
}
