package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.Main;
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

/** Linking a tag to a post and a follow between users, unlinking one, then Save; read back with plain JDBC. */
class LinkingTest {
    @TempDir
    Path home;
    @TempDir
    Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void openTheSampleInSqlite() throws Exception {
        file = data.resolve("blog.db");
        assertThat(Main.run("sample", "--url", "sqlite:///" + file)).isZero();
        window = RowboatWindow.startAndWait(home, "sqlite:///" + file);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void open(String entity, int rows) {
        window.robot.clickOn("#entity-" + entity);
        waitUntil(() -> window.robot.lookup("#grid-" + entity).tryQuery().isPresent() && window.grid(entity).getItems().size() == rows);
    }

    private void focus(String entity, int row, String attribute) {
        var grid = window.grid(entity);
        var column = grid.getColumns().stream().filter(c -> ("col-" + attribute).equals(c.getId())).findFirst().orElseThrow();
        window.robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(row, column);
            grid.getFocusModel().focus(row, column);
        });
    }

    @SuppressWarnings("unchecked")
    private ListView<LabelMatch> list(String id) {
        return window.robot.lookup("#" + id).queryAs(ListView.class);
    }

    private String text(String id) {
        return window.robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private String sql(String query) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(out.length() == 0 ? "" : ",").append(rs.getString(1));
            }
            return out.toString();
        }
    }

    /** Opens the link dialog of a cell with Ctrl+L, types into its search and links the one match with Enter. */
    private void link(String entity, int row, String attribute, String typed, String expectedLabel) {
        focus(entity, row, attribute);
        window.robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#addSearchField").tryQuery().isPresent() && !list("candidateList").getItems().isEmpty());
        // Monocle does not move keyboard focus to a new window; a click does.
        window.robot.clickOn("#addSearchField").write(typed).type(KeyCode.ENTER);
        waitUntil(() -> list("linkedList").getItems().stream().anyMatch(m -> m.label().equals(expectedLabel)));
        assertThat(text("linkMessage")).isEqualTo(expectedLabel + " will be linked on Save.");
    }

    @Test
    void aLinkedTagAndAFollowAreSavedAndAnUnlinkRemovesOne() throws Exception {
        open("Post", 6);
        link("Post", 0, "tags", "pyth", "python");
        window.robot.clickOn("#linkDoneButton");
        waitUntil(() -> window.robot.lookup("#addSearchField").tryQuery().isEmpty());
        waitUntil(() -> window.cellText("Post", 0, "tags").equals("tags (1→2)"));

        open("User", 4);
        link("User", 0, "followed", "dav", "david");
        waitUntil(() -> list("linkedList").getItems().stream().anyMatch(m -> "mary".equals(m.label())));
        window.robot.interact(() -> list("linkedList").getSelectionModel().select(
                list("linkedList").getItems().stream().filter(m -> "mary".equals(m.label())).findFirst().orElseThrow()));
        window.robot.clickOn("#unlinkButton");
        assertThat(text("linkMessage")).isEqualTo("mary will be unlinked on Save.");
        assertThat(window.robot.lookup("#unlinkButton").queryButton().getText()).isEqualTo("Keep linked");
        window.robot.clickOn("#unlinkButton");
        assertThat(text("linkMessage")).as("a second Unlink takes the first back").isEqualTo("The unlink of mary is taken back.");
        assertThat(window.robot.lookup("#unlinkButton").queryButton().getText()).isEqualTo("Unlink");
        window.robot.clickOn("#unlinkButton");
        assertThat(text("linkMessage")).isEqualTo("mary will be unlinked on Save.");
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> window.robot.lookup("#addSearchField").tryQuery().isEmpty());
        waitUntil(() -> window.cellText("User", 0, "followed").equals("followed (2→2)"));
        assertThat(window.robot.lookup("#pendingLabel").queryAs(Label.class).getText()).isEqualTo("3 unsaved changes");
        assertThat(sql("select tag_id from post_tag where post_id = 1")).as("nothing written before Save").isEqualTo("1");

        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(sql("select tag_id from post_tag where post_id = 1 order by tag_id")).isEqualTo("1,2");
        assertThat(sql("select followed_id from followers where follower_id = 1 order by followed_id")).isEqualTo("2,4");
    }

    @Test
    void undoTakesALinkBackAndADuplicateIsRefusedInTheDialog() throws Exception {
        open("Post", 6);
        link("Post", 0, "tags", "trav", "travel");
        window.robot.clickOn("#addSearchField").eraseText(4).write("flask");
        waitUntil(() -> text("candidateStatus").equals("Nothing matches \"flask\" among the Tag rows not linked yet."));
        assertThat(list("candidateList").getItems()).as("a stored link is not offered again").isEmpty();
        window.robot.eraseText(5).write("trav");
        waitUntil(() -> list("candidateList").getItems().size() == 1);
        assertThat(window.robot.lookup("#candidateList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).filter(java.util.Objects::nonNull).toList())
                .as("a row linked in this dialog says so").containsExactly("travel  #3  (linked on Save)");
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> text("linkMessage").equals("travel is already linked."));
        assertThat(text("linkedStatus")).as("flask stored, travel to come").isEqualTo("1 found; 1 more on Save");
        window.robot.clickOn("#linkDoneButton");
        waitUntil(() -> window.cellText("Post", 0, "tags").equals("tags (1→2)"));
        focus("Post", 0, "body");
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> window.cellText("Post", 0, "tags").equals("tags (1)"));
        assertThat(window.robot.lookup("#pendingLabel").queryAs(Label.class).getText()).isEmpty();
    }
}
