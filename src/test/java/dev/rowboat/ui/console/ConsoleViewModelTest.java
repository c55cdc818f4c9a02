package dev.rowboat.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.console.ConsoleHistory;
import dev.rowboat.data.console.Language;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Catalog;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.edit.ChangesViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DDL typed in the console, on every database: it asks first; where the database commits DDL at
 * once (MariaDB, H2) the question says so and it runs at once, elsewhere it waits for Save.
 */
class ConsoleViewModelTest {
    @TempDir
    Path home;

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void ddlAsksAndCommitsAtOnceOnlyWhereTheDatabaseDoes(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            List<String> questions = new ArrayList<>();
            AtomicInteger schemaChanges = new AtomicInteger();
            DirectTaskExecutor executor = new DirectTaskExecutor();
            ChangesViewModel changes = new ChangesViewModel(db::changes, executor);
            changes.setOnSchemaChanged(schemaChanges::incrementAndGet);
            ConsoleViewModel console = new ConsoleViewModel(() -> db, executor, () -> changes, answering(questions, true),
                    query -> Optional.empty(), schemaChanges::incrementAndGet, ConsoleHistory.load(home, test.spec().displayUrl()));
            console.languageProperty().set(Language.SQL);

            console.runAt("CREATE TABLE console_made (id INTEGER PRIMARY KEY)", 0);

            assertThat(questions).hasSize(1);
            boolean atOnce = dbms == Dbms.MARIADB || dbms == Dbms.H2;
            if (atOnce) {
                assertThat(questions.get(0)).contains("commits such a statement at once").contains("Discard cannot take it back");
                assertThat(tables(test)).contains("console_made");
                assertThat(changes.hasChanges()).isFalse();
                assertThat(schemaChanges).hasValue(1);
            } else {
                assertThat(questions.get(0)).contains("runs when you Save, in the same transaction");
                assertThat(tables(test)).doesNotContain("console_made");
                assertThat(changes.pending().count()).isEqualTo(1);
                changes.save();
                assertThat(tables(test)).contains("console_made");
                assertThat(schemaChanges).hasValue(1);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void ddlTheQuestionRefusesIsNotRun(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            DirectTaskExecutor executor = new DirectTaskExecutor();
            ChangesViewModel changes = new ChangesViewModel(db::changes, executor);
            ConsoleViewModel console = new ConsoleViewModel(() -> db, executor, () -> changes, answering(new ArrayList<>(), false),
                    query -> Optional.empty(), () -> { }, ConsoleHistory.load(home, test.spec().displayUrl()));
            console.languageProperty().set(Language.SQL);
            console.runAt("DROP TABLE tag", 3);
            assertThat(console.messageProperty().get()).startsWith("Not");
            assertThat(tables(test)).contains("tag");
            assertThat(changes.hasChanges()).isFalse();
        }
    }

    private static List<String> tables(TestDatabase test) {
        return Catalog.of(test).keySet().stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    private static Notifier answering(List<String> questions, boolean yes) {
        return new Notifier() {
            @Override
            public void error(String title, String sentence, Throwable details) {
                throw new AssertionError(sentence, details);
            }

            @Override
            public boolean confirm(String title, String question) {
                questions.add(question);
                return yes;
            }
        };
    }
}
