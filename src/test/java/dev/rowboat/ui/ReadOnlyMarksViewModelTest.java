package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.edit.ChangeWriter;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveResult;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.WriteGuard;
import dev.rowboat.ui.connect.ConnectTarget;
import dev.rowboat.ui.connect.ConnectViewModel;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.edit.Edits;
import dev.rowboat.ui.edit.RowRef;
import dev.rowboat.ui.main.DatabaseConnector;
import dev.rowboat.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks as the view-models keep them: restored with a recent connection, kept on reopening, guarding edits and saves. */
class ReadOnlyMarksViewModelTest {
    @TempDir
    Path home;

    /** A dialog's target that remembers one connection as read-only and production, and records what it is asked to open. */
    private static final class Target implements ConnectTarget {
        final List<ConnectionSpec> opened = new ArrayList<>();

        @Override
        public ObservableList<String> recentUrls() {
            return FXCollections.observableArrayList("postgresql://me@db/shop");
        }

        @Override
        public Optional<Safeguards> safeguardsOf(String url) {
            return "postgresql://me@db/shop".equals(url) ? Optional.of(new Safeguards(true, true)) : Optional.empty();
        }

        @Override
        public void open(ConnectionSpec spec, ConnectOptions options, String rememberAs, Consumer<Throwable> onError, Runnable onOpened) {
            opened.add(spec);
            onOpened.run();
        }
    }

    @Test
    void choosingARecentConnectionRestoresItsMarksAndConnectingPassesThem() {
        Target target = new Target();
        ConnectViewModel dialog = new ConnectViewModel(target);
        dialog.urlProperty().set("postgresql://me@db/shop"); // chosen from the list
        assertThat(dialog.readOnlyProperty().get()).isTrue();
        assertThat(dialog.productionProperty().get()).isTrue();

        dialog.productionProperty().set(false); // the person unticks one for this time
        dialog.connect(() -> { });
        assertThat(target.opened).extracting(ConnectionSpec::safeguards).containsExactly(new Safeguards(true, false));

        dialog.urlProperty().set("sqlite:////tmp/unknown.db"); // not a recent one: the boxes stay as the person left them
        assertThat(dialog.readOnlyProperty().get()).isTrue();
    }

    private static final Notifier SILENT = new StrictNotifier();

    private MainWindowViewModel window(RecentConnections recent) {
        DatabaseConnector reflecting = new DatabaseConnector() {
            @Override
            public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options) {
                return connect(spec, options, Progress.NONE);
            }

            @Override
            public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options, Progress progress) {
                return new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false)
                        .open(spec, options, progress);
            }
        };
        return new MainWindowViewModel(reflecting, new DirectTaskExecutor(), SILENT, recent);
    }

    @Test
    void theTitleNamesAnUnmarkedDatabaseToo() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample().close();
            MainWindowViewModel window = window(new RecentConnections(home.resolve("recent.txt")));
            try {
                assertThat(window.marks().titleProperty().get()).isEqualTo("Rowboat");
                window.openAtStartup(test.spec(), ConnectOptions.defaults(), "sqlite:///" + test.spec().file());
                assertThat(window.marks().titleProperty().get()).isEqualTo("test.db — Rowboat");
            } finally {
                window.shutdown();
            }
        }
    }

    @Test
    void aUrlRememberedAsProductionStaysProductionWhenOpenedWithoutTheFlag() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample().close();
            String url = "sqlite:///" + test.spec().file();
            RecentConnections recent = new RecentConnections(home.resolve("recent.txt"));
            recent.remember(url, new Safeguards(false, true));
            MainWindowViewModel window = window(recent);
            try {
                window.openAtStartup(test.spec(), ConnectOptions.defaults(), url); // --url without --production
                assertThat(window.databaseProperty().get().production()).isTrue();
                assertThat(window.marks().titleProperty().get()).isEqualTo("PRODUCTION — test.db — Rowboat");
                assertThat(recent.safeguardsOf(url)).contains(new Safeguards(false, true));
            } finally {
                window.shutdown();
            }
        }
    }

    @Test
    void theSameH2FileReopensInTheOtherModeAndTheDatabaseThenRefusesWrites() {
        try (TestDatabase test = TestDatabase.create(Dbms.H2)) {
            test.openWithSample().close();
            MainWindowViewModel window = window(new RecentConnections(home.resolve("recent.txt")));
            try {
                window.open(test.spec(), ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
                window.open(test.spec().withSafeguards(new Safeguards(true, false)), ConnectOptions.defaults(), null,
                        e -> { throw new AssertionError(e); }, () -> { });
                OpenDatabase readOnly = window.databaseProperty().get();
                assertThat(readOnly.readOnly()).isTrue();
                Throwable refused = catchThrowable(() -> readOnly.inTransaction(s -> s.createNativeMutationQuery("DELETE FROM post_tag").executeUpdate()));
                assertThat(dev.rowboat.schema.ReadOnlySessions.refused(refused)).as("H2 itself refuses: %s", refused).isTrue();

                window.open(test.spec(), ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
                window.databaseProperty().get().inTransaction(s -> s.createNativeMutationQuery("DELETE FROM post_tag").executeUpdate());
            } finally {
                window.shutdown();
            }
        }
    }

    /** A writer that counts saves and accepts them. */
    private static final class CountingWriter implements ChangeWriter {
        int saves;

        @Override
        public List<RowProblem> validate(List<RowEdit> edits) {
            return List.of();
        }

        @Override
        public List<String> previewSql(List<RowEdit> edits) {
            return List.of();
        }

        @Override
        public SaveResult save(List<RowEdit> edits) {
            saves++;
            return SaveResult.of(Map.of(), edits);
        }
    }

    private static Notifier typing(String answer, List<String> asked) {
        return new Notifier() {
            @Override
            public void error(String title, String sentence, Throwable details) {
                throw new AssertionError(sentence, details);
            }

            @Override
            public boolean confirm(String title, String question) {
                throw new AssertionError("asked yes/no: " + question);
            }

            @Override
            public boolean confirmByTyping(String title, String question, String word) {
                asked.add(word);
                return answer.equals(word);
            }
        };
    }

    private static void editOne(ChangesViewModel changes) {
        changes.execute(Edits.setCell(changes.pending(), RowRef.existing("User", 3), "username", "mary", "maria"));
    }

    @Test
    void productionSavesOnlyWhenTheNameIsConfirmedAndKeepsTheEditsOtherwise() {
        CountingWriter writer = new CountingWriter();
        List<String> asked = new ArrayList<>();
        ChangesViewModel refusing = new ChangesViewModel(() -> writer, new DirectTaskExecutor(),
                new WriteGuard(new Safeguards(false, true), "shop", typing("not the name", asked)));
        editOne(refusing);
        refusing.save();
        assertThat(asked).containsExactly("shop");
        assertThat(writer.saves).isZero();
        assertThat(refusing.pending().count()).isEqualTo(1);
        assertThat(refusing.messageProperty().get()).isEqualTo("Not saved: the database's name was not confirmed. Your changes are kept.");

        ChangesViewModel confirming = new ChangesViewModel(() -> writer, new DirectTaskExecutor(),
                new WriteGuard(new Safeguards(false, true), "shop", typing("shop", asked)));
        editOne(confirming);
        confirming.save();
        assertThat(writer.saves).isEqualTo(1);
        assertThat(confirming.pending().count()).isZero();
    }

    @Test
    void aReadOnlyConnectionTakesNoEditAndSavesNothing() {
        CountingWriter writer = new CountingWriter();
        ChangesViewModel changes = new ChangesViewModel(() -> writer, new DirectTaskExecutor(),
                new WriteGuard(new Safeguards(true, false), "shop", SILENT));
        editOne(changes);
        changes.save();
        assertThat(changes.pending().count()).isZero();
        assertThat(changes.undoStack().canUndoProperty().get()).isFalse();
        assertThat(writer.saves).isZero();
        assertThat(changes.messageProperty().get()).isEqualTo("Read-only connection: rows are shown, not edited.");
    }

    @Test
    void theNameToTypeIsTheDatabasesOwn() {
        assertThat(dev.rowboat.data.DatabaseUrls.parse("postgresql://me@db.example.com:5433/shop?sslmode=require").databaseName())
                .isEqualTo("shop");
        assertThat(dev.rowboat.data.DatabaseUrls.parse("mysql://root@127.0.0.1/test").databaseName()).isEqualTo("test");
        assertThat(dev.rowboat.data.DatabaseUrls.parse("sqlite:////srv/app/instance/app.db").databaseName()).isEqualTo("app.db");
        assertThat(dev.rowboat.data.DatabaseUrls.parse("jdbc:h2:file:/data/rowboat").databaseName()).isEqualTo("rowboat");
    }
}
