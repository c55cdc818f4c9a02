package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.testing.Chinook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinook's SQLite file in the real window, as a person meets a database Rowboat knows nothing
 * of: every table listed, a link followed, the link table read-only, a name edited and saved.
 */
class ChinookWindowTest {
    @TempDir
    Path home;
    @TempDir
    Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void openChinook() throws Exception {
        Path folder = Chinook.folder();
        Assumptions.assumeTrue(folder != null, "The Chinook dataset is not at ../shared/datasets/chinook: test skipped.");
        file = data.resolve("chinook.db");
        Files.copy(folder.resolve("Chinook_Sqlite.sqlite"), file);
        window = RowboatWindow.startAndWait(home, "sqlite:///" + file, 11);
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @Test
    void aTrackLeadsToItsAlbumAndItsNameIsEditedAndSaved() throws Exception {
        window.robot.clickOn("#entity-Track");
        waitUntil(() -> window.robot.lookup("#grid-Track").tryQuery().isPresent() && window.grid("Track").getItems().size() == 100);
        assertThat(window.cellText("Track", 0, "Name")).isEqualTo("For Those About To Rock (We Salute You)");

        window.robot.doubleClickOn(window.robot.lookup("#grid-Track .table-row-cell").nth(1).lookup(".table-cell").nth(1).queryAs(Node.class))
                .eraseText(20).write("Balls to the Wall (live)").type(KeyCode.ENTER);
        waitUntil(() -> window.cellText("Track", 1, "Name").equals("Balls to the Wall (live)"));
        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(sql("select Name from Track where TrackId = 2")).isEqualTo("Balls to the Wall (live)");

        window.robot.clickOn(window.robot.lookup("#grid-Track .hyperlink").match(n -> "Balls to the Wall".equals(((Hyperlink) n).getText()))
                .queryAs(Hyperlink.class));
        waitUntil(() -> selectedTab().equals("Album"));
        waitUntil(() -> window.grid("Album").getSelectionModel().getSelectedItem() != null
                && Integer.valueOf(2).equals(window.grid("Album").getSelectionModel().getSelectedItem().id()));
    }

    @Test
    void theLinkTableIsListedReadOnlyWithItsRows() {
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        assertThat(window.robot.lookup("#entity-PlaylistTrack").query().getStyleClass()).contains("read-only");
        window.robot.clickOn("#entity-PlaylistTrack");
        waitUntil(() -> window.robot.lookup("#grid-PlaylistTrack").tryQuery().isPresent()
                && window.grid("PlaylistTrack").getItems().size() == 100);
        assertThat(window.grid("PlaylistTrack").isEditable()).isFalse();
        assertThat(window.robot.lookup("#addRowButton").queryButton().isDisabled()).isTrue();
        assertThat(window.robot.lookup("#goToIdField").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(entities.getItems()).hasSize(11);
    }

    private String selectedTab() {
        Tab tab = window.robot.lookup("#entityTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        return tab == null ? "" : tab.getText();
    }

    private String sql(String query) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
