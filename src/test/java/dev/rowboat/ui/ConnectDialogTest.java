package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open database as a person uses it: wrong input gets a sentence, and nothing is lost. */
class ConnectDialogTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private RowboatWindow window;

    @BeforeEach
    void start() throws Exception {
        window = RowboatWindow.startAndWait(home, null);
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void typeUrl(String url) {
        window.robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#urlField").tryQuery().isPresent());
        ComboBox<?> field = window.robot.lookup("#urlField").queryAs(ComboBox.class);
        window.robot.interact(() -> field.getEditor().setText(""));
        window.robot.clickOn(field.getEditor()).write(url);
        window.robot.clickOn("#connectButton");
    }

    private String dialogError() {
        return window.robot.lookup("#errorLabel").queryAs(Label.class).getText();
    }

    @Test
    void anUnknownSchemeOrAMalformedUrlIsExplainedInTheDialog() {
        typeUrl("oracle://scott:tiger@db/orcl");
        waitUntil(() -> dialogError().startsWith("Rowboat cannot open \"oracle\" databases."));
        typeUrl("postgresql://user@/nodb");
        waitUntil(() -> dialogError().startsWith("The URL names no server."));
        assertThat(window.robot.lookup("#statusLabel").queryLabeled().getText()).as("the open database stays open")
                .startsWith("Connected to jdbc:h2:file:");
    }

    @Test
    void aServerThatRefusesIsNamedWithinSeconds() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        long start = System.nanoTime();
        typeUrl("postgresql://me:secret@127.0.0.1:" + closedPort + "/app");
        waitUntil(() -> dialogError().equals("Could not reach 127.0.0.1:" + closedPort
                + ": connection refused. Is PostgreSQL running, and on that port?"));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(dialogError()).doesNotContain("secret").doesNotContain("Exception");
    }

    @Test
    void aMissingFileIsCreatedOnlyAfterThePersonSaysYes() {
        Path missing = files.resolve("new.db");
        typeUrl("sqlite:///" + missing);
        waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());
        assertThat(window.robot.lookup("No").queryButton().isDefaultButton()).as("Enter answers No").isTrue();
        assertThat(window.robot.lookup("Yes").queryButton().isDefaultButton()).isFalse();
        window.robot.clickOn("No");
        waitUntil(() -> dialogError().endsWith("Nothing was created."));
        assertThat(Files.exists(missing)).isFalse();

        window.robot.clickOn("#connectButton");
        waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());
        window.robot.clickOn("Yes");
        waitUntil(() -> window.robot.lookup("#statusLabel").queryLabeled().getText().equals("Connected to jdbc:sqlite:" + missing));
        assertThat(Files.exists(missing)).isTrue();
        assertThat(Window.getWindows()).noneMatch(w -> w.isShowing() && w.getScene().getRoot().getId() != null
                && w.getScene().getRoot().getId().equals("connectRoot"));
        // the new file has the model's tables, so every entity is there (empty), and the two link tables
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        waitUntil(() -> entities.getItems().size() == 6 && entities.getItems().stream().allMatch(e -> e.toString().contains("value=0")));
    }

    @Test
    void enterAnswersNoToCreatingAMissingFile() {
        Path missing = files.resolve("pressed-enter.db");
        typeUrl("sqlite:///" + missing);
        waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());

        window.robot.push(KeyCode.ENTER);

        waitUntil(() -> dialogError().endsWith("Nothing was created."));
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aLongErrorIsShownWholeAndTheDialogGrowsToHoldIt() {
        typeUrl("sybaseadaptiveserverenterprise://scott:tiger@db.example.com:5000/inventory_of_the_whole_company");
        waitUntil(() -> dialogError().startsWith("Rowboat cannot open \"sybaseadaptiveserverenterprise\" databases."));
        Label error = window.robot.lookup("#errorLabel").queryAs(Label.class);
        // a label cut short shows its text with "…" in place of the rest
        waitUntil(() -> error.lookup(".text") instanceof javafx.scene.text.Text shown && shown.getText().equals(error.getText()));
        var connect = window.robot.lookup("#connectButton").queryButton();
        assertThat(connect.localToScene(connect.getBoundsInLocal()).getMaxY()).as("the buttons stay in the window")
                .isLessThanOrEqualTo(connect.getScene().getHeight());
    }

    @Test
    void openingARealFlaskSqliteDatabaseByUrlShowsItsRows() throws Exception {
        Path flask = files.resolve("app.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + flask); var s = c.createStatement()) {
            s.execute("CREATE TABLE user (id INTEGER NOT NULL, username VARCHAR(64), email VARCHAR(120), password_hash VARCHAR(128), PRIMARY KEY (id))");
            s.execute("CREATE UNIQUE INDEX ix_user_username ON user (username)");
            s.execute("INSERT INTO user (username, email) VALUES ('miguel', 'miguel@example.com')");
        }
        typeUrl("sqlite:///" + flask);
        waitUntil(() -> window.robot.lookup("#statusLabel").queryLabeled().getText().equals("Connected to jdbc:sqlite:" + flask));
        // reflected: the database's one table, under the tutorial's name, and nothing it does not have
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        waitUntil(() -> entities.getItems().size() == 1);
        window.robot.clickOn("#entity-User");
        waitUntil(() -> window.robot.lookup("#grid-User").tryQuery().isPresent() && window.grid("User").getItems().size() == 1);
        assertThat(window.cellText("User", 0, "username")).isEqualTo("miguel");
        assertThat(window.robot.lookup("#entity-Post").tryQuery()).isEmpty();
        // the URL is remembered for next time, without anything secret
        assertThat(Files.readString(home.resolve("recent-connections.txt"))).contains("sqlite:///" + flask);
    }
}
