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

/** Choosing a post's author among 12,000 users with the picker, as a person does: type part of the name, Enter, Save. */
class PickerTest {
    private static final int USERS = 12_000;
    @TempDir
    Path home;
    @TempDir
    Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void openABigSqliteFile() throws Exception {
        file = data.resolve("people.db");
        assertThat(Main.run("sample", "--url", "sqlite:///" + file, "--rows", "500",
                "--users", String.valueOf(USERS))).isZero();
        window = RowboatWindow.startAndWait(home, "sqlite:///" + file);
        window.robot.clickOn("#entity-Post");
        waitUntil(() -> window.robot.lookup("#grid-Post").tryQuery().isPresent() && window.grid("Post").getItems().size() == 100);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private String sql(String query) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement(); var rs = s.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<LabelMatch> matches() {
        return window.robot.lookup("#pickerList").queryAs(ListView.class);
    }

    private void focusAuthorOfFirstPost() {
        var grid = window.grid("Post");
        var column = grid.getColumns().stream().filter(c -> "col-author".equals(c.getId())).findFirst().orElseThrow();
        window.robot.interact(() -> {
            grid.requestFocus();
            grid.getSelectionModel().clearAndSelect(0, column);
            grid.getFocusModel().focus(0, column);
        });
    }

    @Test
    void typingPartOfANameFindsTheUserAmongThousandsAndChoosingItIsSaved() throws Exception {
        String wanted = sql("select username from user where username like '%\\_11999' escape '\\'");
        String wantedId = sql("select id from user where username = '" + wanted + "'");
        focusAuthorOfFirstPost();
        window.robot.type(KeyCode.F2);
        waitUntil(() -> window.robot.lookup("#pickerSearchField").tryQuery().isPresent() && !matches().getItems().isEmpty());
        assertThat(matches().getItems()).as("one page, never the whole table").hasSizeLessThanOrEqualTo(50);
        // Monocle does not move keyboard focus to a new window; a click does (a desktop focuses it on opening).
        window.robot.clickOn("#pickerSearchField");
        long start = System.nanoTime();
        window.robot.write("_11999");
        waitUntil(() -> matches().getItems().size() == 1 && matches().getItems().get(0).label().equals(wanted));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("typing, the pause and the search, in ms").isLessThan(5_000);
        assertThat(window.robot.lookup("#pickerStatus").queryAs(Label.class).getText()).isEqualTo("1 found");
        window.robot.type(KeyCode.ENTER);
        waitUntil(() -> window.cellText("Post", 0, "author").equals(wanted));
        assertThat(window.robot.lookup("#pickerSearchField").tryQuery()).as("the picker closed").isEmpty();
        assertThat(sql("select user_id from post where id = 1")).as("nothing written before Save").isNotEqualTo(wantedId);
        window.robot.clickOn("#saveButton");
        waitUntil(() -> window.robot.lookup("#pendingLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(sql("select user_id from post where id = 1")).isEqualTo(wantedId);
    }

    @Test
    void scrollingThePickerReadsTheNextPageAndEscapeLeavesTheCellAlone() throws Exception {
        String before = window.cellText("Post", 0, "author");
        focusAuthorOfFirstPost();
        window.robot.write("b");
        waitUntil(() -> window.robot.lookup("#pickerSearchField").tryQuery().isPresent() && matches().getItems().size() == 50);
        window.robot.clickOn("#pickerSearchField").type(KeyCode.DOWN).type(KeyCode.END);
        waitUntil(() -> matches().getItems().size() == 100);
        assertThat(matches().getItems().stream().map(LabelMatch::id).distinct().count()).isEqualTo(100);
        window.robot.type(KeyCode.ESCAPE);
        waitUntil(() -> window.robot.lookup("#pickerSearchField").tryQuery().isEmpty());
        assertThat(window.cellText("Post", 0, "author")).isEqualTo(before);
        assertThat(window.robot.lookup("#pendingLabel").queryAs(Label.class).getText()).isEmpty();
    }
}
