package dev.rowboat.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The panel on databases that are not Rowboat's: it runs nothing there, and offers a baseline where one fits. */
class MigrationPanelViewModelOwnershipTest {
    @TempDir Path folder;
    private TestDatabase database;
    private final List<String> errors = new ArrayList<>();
    private final List<String> questions = new ArrayList<>();
    private boolean answer;
    private MigrationPanelViewModel panel;

    @BeforeEach
    void panelOnTheBuiltInHistory() {
        database = TestDatabase.create(Dbms.H2);
        sql("create table account (id integer not null primary key, email varchar(120))",
                "create table invoice (id integer not null primary key, account_id integer references account (id))");
        Notifier notifier = new Notifier() {
            @Override
            public void error(String title, String sentence, Throwable details) {
                errors.add(sentence);
            }

            @Override
            public boolean confirm(String title, String question) {
                questions.add(question);
                return answer;
            }
        };
        MigrationWorkspace workspace = new MigrationWorkspace(MicroblogHistory.repository(), ConnectionSource.of(database.spec()),
                Dbms.H2, () -> new SchemaSnapshot(List.of()));
        panel = new MigrationPanelViewModel(workspace, new DirectTaskExecutor(), notifier, () -> { });
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void anotherToolsDatabaseShowsThatToolsStateAndOffersNothingToRun() {
        sql("create table alembic_version (version_num varchar(32) not null primary key)", "insert into alembic_version values ('3f2a9c1b7d4e')");
        Map<String, List<String>> before = Catalog.of(database);

        panel.refresh();

        assertThat(panel.otherToolsDatabaseProperty().get()).isTrue();
        assertThat(panel.statusProperty().get()).startsWith("This database is managed by Alembic (alembic_version: version_num 3f2a9c1b7d4e)");
        assertThat(panel.revisions()).isEmpty();
        assertThat(panel.canUpgradeProperty().get()).isFalse();
        assertThat(panel.canDowngradeProperty().get()).isFalse();
        assertThat(panel.canStartHistoryProperty().get()).isFalse();
        assertThat(errors).as("a state, not an error").isEmpty();
        panel.upgrade();
        panel.downgrade();
        assertThat(Catalog.of(database)).isEqualTo(before);
    }

    @Test
    void tablesWithoutAVersionTableOfferAHistoryInsteadOfAnUpgrade() throws Exception {
        Map<String, List<String>> before = Catalog.of(database);
        panel.refresh();

        assertThat(panel.canStartHistoryProperty().get()).isTrue();
        assertThat(panel.canUpgradeProperty().get()).isFalse();
        assertThat(panel.statusProperty().get()).contains("no Rowboat version table");
        panel.selectedProperty().set(panel.revisions().get(4));
        assertThat(panel.canUpgradeProperty().get()).as("not even to a selected revision").isFalse();
        panel.upgrade();
        assertThat(Catalog.of(database)).isEqualTo(before);

        Path mine = folder.resolve("mine");
        answer = false;
        panel.startHistory(mine);
        assertThat(questions).singleElement().asString()
                .contains(mine.resolve("versions").toAbsolutePath().toString(), "_baseline.yaml", "(account, invoice)",
                        "rowboat_version, rowboat_history, rowboat_lock", "Nothing else in the database changes");
        assertThat(mine).doesNotExist();
        assertThat(Catalog.of(database)).isEqualTo(before);

        answer = true;
        panel.startHistory(mine);
        try (var files = Files.list(mine.resolve("versions"))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("_baseline.yaml");
        }
        assertThat(Catalog.of(database).keySet()).containsExactlyInAnyOrder("account", "invoice", "rowboat_version", "rowboat_history",
                "rowboat_lock");
        assertThat(panel.locationProperty().get()).isEqualTo(mine.toString());
        assertThat(panel.statusProperty().get()).contains("baseline").contains("(head)").contains("Up to date");
        assertThat(panel.canStartHistoryProperty().get()).isFalse();
        assertThat(errors).isEmpty();
    }

    private void sql(String... statements) {
        database.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String one : statements) {
                    s.execute(one);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
