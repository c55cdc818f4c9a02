package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migration panel in the real window on SQLite files Rowboat did not make: no Upgrade or
 * Downgrade button for them, Start a history here… where the file has tables but no version
 * table, and no {@code rowboat_*} table created by opening the panel.
 */
class MigrationPanelOwnershipTest {
    @TempDir Path home;
    @TempDir Path data;
    private Path file;
    private RowboatWindow window;

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.stop();
        }
    }

    @Test
    void aFileWithTablesButNoVersionTableIsOfferedAHistoryNotAnUpgrade() throws Exception {
        open("create table account (id integer primary key, email text)");
        waitUntil(() -> status().contains("no Rowboat version table"));
        assertThat(button("#upgradeButton").isVisible()).isFalse();
        assertThat(button("#downgradeButton").isVisible()).isFalse();
        assertThat(button("#startHistoryButton").isVisible()).isTrue();
        assertThat(button("#startHistoryButton").isDisabled()).isFalse();
        assertThat(tables()).containsExactly("account");
    }

    @Test
    void aFlaskMigrateFileShowsAlembicsStateAndNoButtonToRunAnything() throws Exception {
        open("create table account (id integer primary key, email text)",
                "create table alembic_version (version_num varchar(32) not null primary key)",
                "insert into alembic_version values ('3f2a9c1b7d4e')");
        waitUntil(() -> status().startsWith("This database is managed by Alembic"));
        assertThat(status()).contains("3f2a9c1b7d4e", "flask db upgrade");
        assertThat(button("#upgradeButton").isVisible()).isFalse();
        assertThat(button("#downgradeButton").isVisible()).isFalse();
        assertThat(button("#startHistoryButton").isVisible()).isFalse();
        assertThat(button("#stampButton").isDisabled()).isTrue();
        assertThat(button("#autogenerateButton").isDisabled()).isTrue();
        assertThat(((javafx.scene.control.Label) window.robot.lookup("#revisionList").queryTableView().getPlaceholder()).getText())
                .as("no hint to autogenerate where it is disabled").startsWith("Rowboat shows no revisions of its own");
        assertThat(window.robot.lookup("#confirmDialog").tryQuery()).as("no dialog: it is a state, not an error").isEmpty();
        assertThat(tables()).containsExactlyInAnyOrder("account", "alembic_version");
    }

    private void open(String... statements) throws Exception {
        file = data.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
        window = RowboatWindow.start(home, "jdbc:sqlite:" + file, Map.of());
        ListView<?> entities = window.robot.lookup("#entityList").queryAs(ListView.class);
        waitUntil(() -> !entities.getItems().isEmpty());
        window.robot.clickOn("#migrationsButton");
        waitUntil(() -> window.robot.lookup("#migrationStatus").tryQuery().isPresent());
    }

    private Button button(String id) {
        return window.robot.lookup(id).queryButton();
    }

    private String status() {
        return window.robot.lookup("#migrationStatus").queryAs(Label.class).getText();
    }

    private List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("select name from sqlite_master where type = 'table' order by name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
