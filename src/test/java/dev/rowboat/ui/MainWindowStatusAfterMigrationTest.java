package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.main.MainWindowViewModel;
import dev.rowboat.ui.migrate.MigrationPanelViewModel;
import dev.rowboat.ui.migrate.MigrationWorkspace;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status line speaks of the schema as it is after a migration run: with the built-in model
 * open on a database two revisions in, it says two entities have no table, and after an upgrade,
 * a downgrade or a stamp it says what is true then.
 */
class MainWindowStatusAfterMigrationTest {
    private static final String TWO_MISSING = " — 2 of the model's entities have no table here";
    @TempDir Path home;
    @TempDir Path data;
    private ConnectionSpec spec;
    private MainWindowViewModel window;
    private MigrationPanelViewModel panel;

    @BeforeEach
    void openTheModelOnADatabaseTwoRevisionsIn() {
        Path file = data.resolve("blog.db");
        spec = new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file);
        MigrationRepository history = MigrationRepository.classpath("/migrations/microblog");
        Migrations.open(history, ConnectionSource.of(spec), Dbms.SQLITE).upgrade("+2", MigrationListener.NONE); // user and post
        Notifier yes = new Notifier() {
            @Override
            public void error(String title, String sentence, Throwable details) {
                throw new AssertionError(sentence, details);
            }

            @Override
            public boolean confirm(String title, String question) {
                return true;
            }
        };
        // the model's classes, not reflection: its Profile and Tag have no table yet
        window = new MainWindowViewModel((wanted, options) -> new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false).open(wanted, options),
                new DirectTaskExecutor(), yes, new RecentConnections(home.resolve("recent.txt")));
        window.open(spec, ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
        MigrationWorkspace workspace = new MigrationWorkspace(history, ConnectionSource.of(spec), Dbms.SQLITE,
                () -> ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, Dbms.SQLITE));
        panel = new MigrationPanelViewModel(workspace, new DirectTaskExecutor(), yes, window::reopenAfterSchemaChange);
        panel.refresh();
    }

    @AfterEach
    void close() {
        window.shutdown();
    }

    @Test
    void anUpgradeThatMakesTheTablesTakesTheSentenceAwayAndADowngradeBringsItBack() {
        assertThat(window.statusProperty().get()).isEqualTo("Connected to " + spec.displayUrl() + TWO_MISSING);

        panel.selectedProperty().set(panel.revisions().get(0)); // the head
        panel.upgrade();

        assertThat(window.statusProperty().get()).isEqualTo("Connected to " + spec.displayUrl());

        panel.selectedProperty().set(panel.revisions().stream().filter(r -> r.message().equals("posts table")).findFirst().orElseThrow());
        panel.downgrade();

        assertThat(window.statusProperty().get()).isEqualTo("Connected to " + spec.displayUrl() + TWO_MISSING);
    }

    @Test
    void aStampAfterTheTablesWereMadeAnotherWaySaysTheyAreThere() throws SQLException {
        try (var c = DriverManager.getConnection(spec.jdbcUrl()); var s = c.createStatement()) {
            s.execute("create table profile (id integer primary key, user_id integer, about_me varchar(140), last_seen datetime)");
            s.execute("create table tag (id integer primary key, name varchar(50))");
        }

        panel.selectedProperty().set(panel.revisions().get(0));
        panel.stamp();

        assertThat(window.statusProperty().get()).isEqualTo("Connected to " + spec.displayUrl());
        assertThat(window.entities()).allMatch(e -> e.info().tablePresent());
    }
}
