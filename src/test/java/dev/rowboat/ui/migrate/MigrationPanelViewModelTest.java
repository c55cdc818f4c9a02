package dev.rowboat.ui.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migration panel's behaviour without a window: targets follow the selection, runs report, data loss asks first. */
class MigrationPanelViewModelTest {
    @TempDir Path folder;
    private TestDatabase database;
    private MigrationWorkspace workspace;
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final AtomicInteger schemaChanges = new AtomicInteger();
    private MigrationPanelViewModel panel;

    private static final TableSpec NOTE = new TableSpec("note",
            List.of(new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, true),
                    ColumnSpec.of("body", ColumnType.varchar(140), true)),
            List.of("id"), List.of(), List.of(), List.of());

    @BeforeEach
    void twoRevisions() {
        database = TestDatabase.create(Dbms.H2);
        MigrationRepository repository = Migrations.init(folder.resolve("migrations"));
        ConnectionSource source = ConnectionSource.of(database.spec());
        Migrations migrations = Migrations.open(repository, source, Dbms.H2);
        migrations.writeRevision("notes table", List.of(new CreateTable(NOTE)), List.of(new DropTable("note")));
        migrations.writeRevision("note language", List.of(new AddColumn("note", ColumnSpec.of("language", ColumnType.varchar(5), true))),
                List.of(new DropColumn("note", "language")));
        workspace = new MigrationWorkspace(repository, source, Dbms.H2, () -> new SchemaSnapshot(List.of(NOTE)));
        panel = new MigrationPanelViewModel(workspace, new DirectTaskExecutor(), notifier, schemaChanges::incrementAndGet);
        panel.refresh();
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void listsRevisionsNewestFirstAllPendingOnAnEmptyDatabase() {
        assertThat(panel.revisions()).extracting(RevisionRow::message).containsExactly("note language", "notes table");
        assertThat(panel.revisions()).noneMatch(RevisionRow::applied);
        assertThat(panel.statusProperty().get()).contains("At base").contains("2 revisions pending");
        assertThat(panel.upgradeTextProperty().get()).isEqualTo("Upgrade to “notes table”");
        assertThat(panel.canDowngradeProperty().get()).isFalse();
        assertThat(panel.sqlPreviewProperty().get()).contains("create table note").containsIgnoringCase("CREATE TABLE note");
    }

    @Test
    void upgradeToTheSelectedRevisionRunsBothAndTheGridsAreToldTheSchemaChanged() {
        panel.selectedProperty().set(panel.revisions().get(0));
        assertThat(panel.upgradeTextProperty().get()).isEqualTo("Upgrade to “note language”");

        panel.upgrade();

        // LANGUAGE is an SQL:2003 keyword, quoted as Hibernate quotes it, so H2 keeps it lower case.
        assertThat(columnsOfNote()).containsExactly("ID", "BODY", "language");
        assertThat(panel.revisions()).allMatch(RevisionRow::applied);
        assertThat(panel.revisions().get(0).current()).isTrue();
        assertThat(panel.statusProperty().get()).contains("(head)").contains("Up to date");
        assertThat(panel.log()).anyMatch(line -> line.contains("▲ upgrade") && line.contains("note language"));
        assertThat(schemaChanges.get()).isEqualTo(1);
        assertThat(panel.canUpgradeProperty().get()).isFalse();
    }

    @Test
    void aRunShowsWhichRevisionOfHowManyItAppliesAndTheBarFillsAsEachIsDone() {
        panel.selectedProperty().set(panel.revisions().get(0));
        List<String> statuses = new ArrayList<>();
        List<Double> bar = new ArrayList<>();
        panel.statusProperty().addListener((o, old, now) -> statuses.add(now));
        panel.progressProperty().addListener((o, old, now) -> bar.add(now.doubleValue()));

        panel.upgrade();

        assertThat(statuses).startsWith("Applying revision 1 of 2: notes table…", "Applying revision 2 of 2: note language…")
                .last().asString().contains("Up to date");
        assertThat(bar).as("started, one done, both done").containsExactly(0.0, 0.5, 1.0);

        statuses.clear();
        bar.clear();
        panel.selectedProperty().set(null);
        panel.downgrade();
        assertThat(statuses).startsWith("Reverting revision 1 of 1: note language…");
        assertThat(bar).as("back to spinning while it plans, then one of one").containsExactly(-1.0, 0.0, 1.0);
    }

    @Test
    void downgradeThatDropsAColumnAsksAndDoesNothingWhenThePersonSaysNo() {
        panel.selectedProperty().set(panel.revisions().get(0));
        panel.upgrade();
        panel.selectedProperty().set(null);
        assertThat(panel.downgradeTextProperty().get()).isEqualTo("Downgrade to “notes table”");

        notifier.answer = false;
        panel.downgrade();
        assertThat(notifier.questions).singleElement().asString().contains("drop column note.language");
        assertThat(columnsOfNote()).contains("language");

        notifier.answer = true;
        panel.downgrade();
        assertThat(columnsOfNote()).containsExactly("ID", "BODY");
        assertThat(panel.revisions().get(1).current()).isTrue();
    }

    @Test
    void autogenerateWithTheModelMatchingSaysSoAndOffersNothingToSave() throws Exception {
        panel.selectedProperty().set(panel.revisions().get(0));
        panel.upgrade();
        TableSpec withLanguage = new TableSpec("note", List.of(NOTE.columns().get(0), NOTE.columns().get(1),
                ColumnSpec.of("language", ColumnType.varchar(5), true)), List.of("id"), List.of(), List.of(), List.of());
        MigrationPanelViewModel atHead = new MigrationPanelViewModel(new MigrationWorkspace(
                MigrationRepository.directory(folder.resolve("migrations")), ConnectionSource.of(database.spec()), Dbms.H2,
                () -> new SchemaSnapshot(List.of(withLanguage))), new DirectTaskExecutor(), notifier, () -> { });
        AtomicReference<AutogenerateViewModel> review = new AtomicReference<>();

        atHead.autogenerate(review::set);

        assertThat(review.get().isEmpty()).isTrue();
        assertThat(review.get().summaryProperty().get()).startsWith("No changes");
        assertThat(Files.list(folder.resolve("migrations/versions")).count()).isEqualTo(2);
    }

    @Test
    void autogenerateWhileRevisionsArePendingRefusesWithAReason() {
        panel.autogenerate(review -> { });
        assertThat(notifier.errors).singleElement().asString().contains("upgrade first");
    }

    @Test
    void anAutogeneratedRevisionIsWrittenWithTheMessageAndShowsAsPending() {
        panel.selectedProperty().set(panel.revisions().get(0));
        panel.upgrade();
        AtomicReference<AutogenerateViewModel> review = new AtomicReference<>();
        panel.autogenerate(review::set);
        // The model (NOTE without language) wants the column gone: a drop, with a warning about values.
        assertThat(review.get().textProperty().get()).contains("drop_column");
        review.get().messageProperty().set("drop note language");

        review.get().save(() -> { });

        assertThat(panel.revisions().get(0).message()).isEqualTo("drop note language");
        assertThat(panel.revisions().get(0).applied()).isFalse();
    }

    @Test
    void stampRecordsTheSelectedRevisionWithoutRunningIt() {
        database.jdbc(c -> {
            try {
                c.createStatement().execute("create table note (id integer generated by default as identity primary key, body varchar(140))");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        panel.selectedProperty().set(panel.revisions().get(1));

        panel.stamp();

        assertThat(panel.revisions().get(1).current()).isTrue();
        assertThat(panel.statusProperty().get()).contains("notes table").contains("1 revision pending");
        assertThat(columnsOfNote()).containsExactly("ID", "BODY");
    }

    @Test
    void aReadOnlyHistoryCopiedIntoAFolderCanTakeANewRevision() {
        Path mine = folder.resolve("mine");
        MigrationPanelViewModel builtIn = new MigrationPanelViewModel(new MigrationWorkspace(
                MigrationRepository.classpath("/migrations/microblog"), ConnectionSource.of(database.spec()), Dbms.H2,
                () -> new SchemaSnapshot(List.of())), new DirectTaskExecutor(), notifier, () -> { });
        builtIn.refresh();
        assertThat(builtIn.workspace().writable()).isFalse();

        builtIn.useFolder(mine);

        assertThat(builtIn.workspace().writable()).isTrue();
        assertThat(builtIn.locationProperty().get()).contains("mine");
        assertThat(builtIn.revisions()).hasSize(5);
        assertThat(mine.resolve("versions").toFile().list((dir, name) -> name.endsWith(".yaml"))).hasSize(5);
    }

    private List<String> columnsOfNote() {
        List<String> names = new ArrayList<>();
        database.jdbc(c -> {
            try (ResultSet rs = c.getMetaData().getColumns(null, null, "NOTE", null)) {
                while (rs.next()) {
                    names.add(rs.getString("COLUMN_NAME"));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return names;
    }

    private static final class RecordingNotifier implements Notifier {
        final List<String> errors = new ArrayList<>();
        final List<String> questions = new ArrayList<>();
        boolean answer = true;

        @Override
        public void error(String title, String sentence, Throwable details) {
            errors.add(sentence);
        }

        @Override
        public boolean confirm(String title, String question) {
            questions.add(question);
            return answer;
        }
    }
}
