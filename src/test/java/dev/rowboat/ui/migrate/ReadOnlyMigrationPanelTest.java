package dev.rowboat.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.WriteGuard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration panel on a marked connection: nothing that writes on a read-only one, the typed name first on production. */
class ReadOnlyMigrationPanelTest {
    @TempDir Path folder;
    private TestDatabase database;
    private MigrationRepository repository;
    private final List<String> typed = new ArrayList<>();
    private String answer = "";

    private static final TableSpec NOTE = new TableSpec("note",
            List.of(new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, true),
                    ColumnSpec.of("body", ColumnType.varchar(140), true)),
            List.of("id"), List.of(), List.of(), List.of());

    private final Notifier notifier = new Notifier() {
        @Override
        public void error(String title, String sentence, Throwable details) {
            throw new AssertionError(sentence, details);
        }

        @Override
        public boolean confirm(String title, String question) {
            return true;
        }

        @Override
        public boolean confirmByTyping(String title, String question, String word) {
            typed.add(word);
            return answer.equals(word);
        }
    };

    /** A SQLite database at the first of two revisions. */
    @BeforeEach
    void oneOfTwoApplied() {
        database = TestDatabase.create(Dbms.SQLITE);
        repository = Migrations.init(folder.resolve("migrations"));
        Migrations migrations = Migrations.open(repository, ConnectionSource.of(database.spec()), Dbms.SQLITE);
        migrations.writeRevision("notes table", List.of(new CreateTable(NOTE)), List.of(new DropTable("note")));
        migrations.writeRevision("note language", List.of(new AddColumn("note", ColumnSpec.of("language", ColumnType.varchar(5), true))),
                List.of(new DropColumn("note", "language")));
        migrations.run("+1", Direction.UP, MigrationListener.NONE, false);
    }

    @AfterEach
    void drop() {
        database.close();
    }

    private MigrationPanelViewModel panel(Safeguards marks) {
        ConnectionSpec spec = database.spec().withSafeguards(marks);
        MigrationWorkspace workspace = new MigrationWorkspace(repository, ConnectionSource.of(spec), Dbms.SQLITE,
                () -> new SchemaSnapshot(List.of(NOTE)));
        MigrationPanelViewModel panel = new MigrationPanelViewModel(workspace, new DirectTaskExecutor(), notifier, () -> { },
                WriteGuard.of(spec, notifier));
        panel.refresh();
        return panel;
    }

    private List<String> applied() {
        return Migrations.open(repository, ConnectionSource.of(database.spec()), Dbms.SQLITE).status().current();
    }

    @Test
    void aReadOnlyConnectionShowsTheHistoryButRunsNothing() {
        List<String> before = applied();
        MigrationPanelViewModel panel = panel(new Safeguards(true, false));
        assertThat(panel.readOnly()).isTrue();
        assertThat(panel.statusProperty().get()).as("the history is read").contains("1 revision pending");
        assertThat(panel.canUpgradeProperty().get()).isTrue();

        panel.upgrade();
        panel.selectedProperty().set(panel.revisions().get(0));
        panel.stamp();
        AtomicBoolean reviewed = new AtomicBoolean();
        panel.autogenerate(draft -> reviewed.set(true));

        assertThat(applied()).isEqualTo(before);
        assertThat(reviewed).isFalse();
        assertThat(panel.log()).anyMatch(line -> line.endsWith("  Read-only connection: Upgrade to “note language” is off (the database refuses writes)"))
                .anyMatch(line -> line.contains("  Read-only connection: Stamp is off"))
                .anyMatch(line -> line.contains("  Read-only connection: Autogenerate is off"));
        assertThat(typed).isEmpty();
    }

    @Test
    void aProductionUpgradeRunsOnlyOnceTheNameIsTyped() {
        List<String> before = applied();
        MigrationPanelViewModel panel = panel(new Safeguards(false, true));
        answer = "wrong";
        panel.upgrade();
        assertThat(typed).containsExactly("test.db");
        assertThat(applied()).isEqualTo(before);
        assertThat(panel.log()).anyMatch(line -> line.endsWith("  Cancelled: Upgrade to “note language”"));
        assertThat(panel.runningProperty().get()).isFalse();

        answer = "test.db";
        panel.upgrade();
        assertThat(applied()).isNotEqualTo(before).hasSize(1);
        assertThat(panel.statusProperty().get()).contains("Up to date");
    }
}
