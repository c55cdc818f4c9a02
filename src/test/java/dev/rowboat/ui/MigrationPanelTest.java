package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ConnectionSpec;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration panel driven by its buttons in the real window, on a SQLite file two revisions into the built-in history. */
class MigrationPanelTest {
    @TempDir Path home;
    @TempDir Path data;
    private Path file;
    private RowboatWindow window;

    @BeforeEach
    void startOnAHalfMigratedDatabase() throws Exception {
        file = data.resolve("blog.db");
        ConnectionSpec spec = new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file);
        Migrations.open(MigrationRepository.classpath("/migrations/microblog"), ConnectionSource.of(spec), Dbms.SQLITE)
                .upgrade("+2", MigrationListener.NONE);
        window = RowboatWindow.startAndWait(home, "jdbc:sqlite:" + file, 2); // user and post
        window.robot.clickOn("#migrationsButton");
        waitUntil(() -> revisions().getItems().size() == 5 && !upgradeButton().isDisabled());
    }

    @AfterEach
    void stop() throws Exception {
        window.stop();
    }

    @Test
    void upgradeAndDowngradeByButtonChangeTheSchemaAndTheEntityList() throws Exception {
        assertThat(status()).contains("posts table").contains("3 revisions pending");
        assertThat(upgradeButton().getText()).isEqualTo("Upgrade to “followers”");
        waitUntil(() -> preview().contains("CREATE TABLE followers"));

        window.robot.clickOn("#upgradeButton");
        waitUntil(() -> status().contains("2 revisions pending"));
        assertThat(tables()).contains("followers").doesNotContain("profile");

        window.robot.clickOn("tags");
        waitUntil(() -> upgradeButton().getText().equals("Upgrade to “tags”") && preview().contains("CREATE TABLE tag"));
        window.robot.clickOn("#upgradeButton");
        waitUntil(() -> status().contains("(head)"));
        assertThat(tables()).contains("profile", "tag", "post_tag");
        waitUntil(() -> window.robot.lookup("#entity-Tag").tryQuery().map(n -> !n.getStyleClass().contains("unavailable")).orElse(false));

        window.robot.clickOn("posts table");
        waitUntil(() -> window.robot.lookup("#downgradeButton").queryButton().getText().equals("Downgrade to “posts table”"));
        window.robot.clickOn("#downgradeButton");
        waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());
        window.robot.clickOn("Yes");
        waitUntil(() -> status().contains("3 revisions pending"));
        assertThat(tables()).contains("user", "post").doesNotContain("followers", "profile", "tag", "post_tag");
        assertThat(version()).containsExactly(revisions().getItems().get(3).id());
    }

    @Test
    void sayingNoToADowngradeThatDropsTablesChangesNothing() throws Exception {
        window.robot.clickOn("#downgradeButton");
        waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());
        window.robot.clickOn("No");
        waitUntil(() -> !window.robot.lookup("#downgradeButton").queryButton().isDisabled());
        assertThat(tables()).contains("user", "post");
        assertThat(status()).contains("3 revisions pending");
    }

    @SuppressWarnings("unchecked")
    private TableView<dev.rowboat.ui.migrate.RevisionRow> revisions() {
        return window.robot.lookup("#revisionList").queryAs(TableView.class);
    }

    private Button upgradeButton() {
        return window.robot.lookup("#upgradeButton").queryButton();
    }

    private String status() {
        return window.robot.lookup("#migrationStatus").queryAs(Label.class).getText();
    }

    private String preview() {
        return window.robot.lookup("#sqlPreview").queryAs(TextArea.class).getText();
    }

    private List<String> tables() throws SQLException {
        return strings("select name from sqlite_master where type = 'table'");
    }

    private List<String> version() throws SQLException {
        return strings("select version_num from rowboat_version");
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
