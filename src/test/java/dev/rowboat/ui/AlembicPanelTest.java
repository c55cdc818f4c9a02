package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.data.MigrationChoices;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.FlaskProject;
import dev.rowboat.testing.RealAlembic;
import dev.rowboat.testing.SchemaComparison;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.ui.migrate.RevisionRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Flask-Migrate project's app.db opened in the window: the panel offers the project's own three
 * revisions (not the built-in history), upgrades and downgrades them by button, and real
 * {@code flask db current} agrees; the result equals what {@code flask db upgrade} makes.
 */
class AlembicPanelTest {
    @TempDir Path home;

    @Test
    void theTutorialsRevisionsRunByButtonAsFlaskDbUpgradeRunsThem() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("microblog", "sqlite:///ignored");
             FlaskProject reference = alembic.project("microblog", "sqlite:///ignored")) {
            Path file = project.folder().resolve("app.db");
            project.env("DATABASE_URL", "sqlite:///" + file);
            Path referenceFile = reference.folder().resolve("app.db");
            reference.env("DATABASE_URL", "sqlite:///" + referenceFile).upgrade("head").orFail();

            DriverManager.getConnection("jdbc:sqlite:" + file).close(); // a new, empty app.db, as `touch` would make it
            RowboatWindow window = RowboatWindow.startAndWait(home, "jdbc:sqlite:" + file, 0);
            try {
                // an empty database lists no entities, so wait for the open itself before asking for its migrations
                waitUntil(() -> label(window, "#serverLabel").contains("SQLite"));
                window.robot.clickOn("#migrationsButton");
                waitUntil(() -> revisions(window).getItems().size() == 3 && !window.robot.lookup("#upgradeButton").queryButton().isDisabled());
                assertThat(revisions(window).getItems()).extracting(RevisionRow::message)
                        .containsExactly("followers", "posts table", "users table");
                assertThat(label(window, "#repositoryLocation")).isEqualTo("Alembic revisions (the project's own) from "
                        + project.folder().resolve("migrations").toAbsolutePath());
                waitUntil(() -> preview(window).contains("-- Upgrade 70c83f7b757c: users table"));
                assertThat(preview(window)).containsIgnoringCase("create unique index ix_user_username");

                window.robot.clickOn("followers");
                waitUntil(() -> window.robot.lookup("#upgradeButton").queryButton().getText().equals("Upgrade to “followers”"));
                window.robot.clickOn("#upgradeButton");
                waitUntil(() -> label(window, "#migrationStatus").contains("(head)"));
                assertThat(project.current()).containsExactly("329221f2e7f1");
                assertThat(SchemaComparison.compare(spec(referenceFile), spec(file))).isEmpty();
                assertThat(tables(file)).contains("alembic_version").noneMatch(t -> t.startsWith("rowboat_"));

                window.robot.clickOn("users table");
                waitUntil(() -> window.robot.lookup("#downgradeButton").queryButton().getText().equals("Downgrade to “users table”"));
                window.robot.clickOn("#downgradeButton");
                waitUntil(() -> window.robot.lookup("#confirmDialog").tryQuery().isPresent());
                window.robot.clickOn("Yes");
                waitUntil(() -> label(window, "#migrationStatus").contains("2 revisions pending"));
                assertThat(project.current()).containsExactly("70c83f7b757c");
                assertThat(tables(file)).contains("user").doesNotContain("post", "followers");
            } finally {
                window.stop();
            }
        }
    }

    /**
     * On PostgreSQL there is no file to find the project by: the folder chosen once with Use
     * folder… is remembered for the database (here written beforehand, as that button does), and
     * the panel opens with the project's history.
     */
    @Test
    void onPostgresqlTheRememberedProjectFolderIsUsedAndItsRevisionsRunByButton() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (TestDatabase mine = TestDatabase.create(Dbms.POSTGRESQL); TestDatabase flask = TestDatabase.create(Dbms.POSTGRESQL);
             FlaskProject project = alembic.project("microblog", RealAlembic.sqlalchemyUrl(mine));
             FlaskProject reference = alembic.project("microblog", RealAlembic.sqlalchemyUrl(flask))) {
            reference.upgrade("head").orFail();
            String url = "postgresql://postgres@127.0.0.1:5432/test?currentSchema=" + mine.scratchName();
            new MigrationChoices(new DataLocations(home).migrationFoldersFile())
                    .remember(DatabaseUrls.parse(url).displayUrl(), project.folder().resolve("migrations"));

            RowboatWindow window = RowboatWindow.startAndWait(home, url, 0);
            try {
                waitUntil(() -> label(window, "#serverLabel").contains("PostgreSQL"));
                window.robot.clickOn("#migrationsButton");
                waitUntil(() -> revisions(window).getItems().size() == 3 && !window.robot.lookup("#upgradeButton").queryButton().isDisabled());
                window.robot.clickOn("followers");
                waitUntil(() -> window.robot.lookup("#upgradeButton").queryButton().getText().equals("Upgrade to “followers”"));
                window.robot.clickOn("#upgradeButton");
                waitUntil(() -> label(window, "#migrationStatus").contains("(head)"));
                assertThat(project.current()).containsExactly("329221f2e7f1");
                assertThat(SchemaComparison.compare(flask.spec(), mine.spec())).isEmpty();
                assertThat(Catalog.of(mine).keySet()).noneMatch(t -> t.startsWith("rowboat_"));
            } finally {
                window.stop();
            }
        }
    }

    /** The tags project's second revision has Python of its own: it runs with the command set in the panel, remembered for the database. */
    @Test
    void aRevisionWithPythonRunsWithTheAlembicCommandSetInThePanel() throws Exception {
        RealAlembic alembic = RealAlembic.require();
        try (FlaskProject project = alembic.project("tags", "sqlite:///ignored")) {
            Path file = project.folder().resolve("app.db");
            project.env("DATABASE_URL", "sqlite:///" + file);
            DriverManager.getConnection("jdbc:sqlite:" + file).close();
            RowboatWindow window = RowboatWindow.startAndWait(home, "jdbc:sqlite:" + file, 0);
            try {
                waitUntil(() -> label(window, "#serverLabel").contains("SQLite"));
                window.robot.clickOn("#migrationsButton");
                waitUntil(() -> revisions(window).getItems().size() == 4);
                assertThat(revisions(window).getItems()).filteredOn(r -> r.message().equals("seed default tags"))
                        .allMatch(r -> r.marks().contains("needs Alembic"));

                String command = alembic.python() + " -m flask db";
                window.robot.clickOn("#alembicCommandButton");
                waitUntil(() -> window.robot.lookup("#askDialog").tryQuery().isPresent());
                window.robot.clickOn("#askDialog .text-field").write(command);
                waitUntil(() -> window.robot.lookup("#askDialog .text-field").queryAs(javafx.scene.control.TextField.class)
                        .getText().equals(command));
                window.robot.clickOn("OK");
                window.robot.clickOn("merge audit into tags");
                waitUntil(() -> window.robot.lookup("#upgradeButton").queryButton().getText().equals("Upgrade to “merge audit into tags”"));
                window.robot.clickOn("#upgradeButton");
                waitUntil(() -> label(window, "#migrationStatus").contains("(head)"));

                assertThat(project.current()).containsExactly("29749af705ec");
                List<String> tags = new ArrayList<>();
                try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                     ResultSet rs = c.createStatement().executeQuery("select name from tag order by name")) {
                    while (rs.next()) {
                        tags.add(rs.getString(1));
                    }
                }
                assertThat(tags).containsExactly("java", "misc", "python", "sql");
                assertThat(new MigrationChoices(new DataLocations(home).migrationFoldersFile()).alembicCommand(spec(file).displayUrl()))
                        .contains(command);
            } finally {
                window.stop();
            }
        }
    }

    private static ConnectionSpec spec(Path file) {
        return new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file);
    }

    @SuppressWarnings("unchecked")
    private static TableView<RevisionRow> revisions(RowboatWindow window) {
        return window.robot.lookup("#revisionList").queryAs(TableView.class);
    }

    private static String label(RowboatWindow window, String id) {
        return window.robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String preview(RowboatWindow window) {
        return window.robot.lookup("#sqlPreview").queryAs(TextArea.class).getText();
    }

    private static List<String> tables(Path file) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("select name from sqlite_master where type = 'table'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
