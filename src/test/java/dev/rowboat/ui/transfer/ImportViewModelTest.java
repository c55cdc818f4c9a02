package dev.rowboat.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.edit.ChangesViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The import preview into the unit of work: pending rows that Save writes, Undo takes back in one step, Discard drops. */
class ImportViewModelTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void importedRowsArePendingInsertsThatUndoDiscardAndSaveTreatAsOne(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            int before = count(test, "select count(*) from post");
            int user = count(test, "select min(id) from post");
            Path file = Files.writeString(dir.resolve("posts.csv"), "ID;Body;timestamp;user_id;extra\n"
                    + "5001;first;2024-01-02T03:04:05;" + user + ";x\n"
                    + "5002;second;not a date;" + user + ";x\n"
                    + "5003;\"third; with delimiter\";;;x\n", StandardCharsets.UTF_8);
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
            ImportViewModel vm = new ImportViewModel(db.catalog().get("Post"), db::catalog, ImportViewModel.Target.of(db.imports()),
                    changes, new DirectTaskExecutor());
            vm.load(file, null);

            assertThat(vm.formatProperty().get()).isEqualTo("CSV (semicolon), 3 rows");
            assertThat(vm.mappingProperty().get().targets()).extracting(a -> a == null ? null : a.name())
                    .containsExactly("id", "body", "timestamp", "author", null);
            assertThat(vm.validProperty().get()).isEqualTo(2);
            assertThat(vm.refusedProperty().get()).isEqualTo(1);
            assertThat(vm.preview()).hasSize(3);
            assertThat(vm.preview().get(1).problems().get(2)).startsWith("\"not a date\" is not a date and time");
            assertThat(vm.preview().get(0).problems()).containsOnlyNulls();
            assertThat(vm.messageProperty().get()).as("said before Import: Post's ids are the database's")
                    .contains("id is numbered by the database: new rows get new ids, not the file's");

            vm.importRows();
            assertThat(changes.pending().count()).isEqualTo(2);
            assertThat(vm.messageProperty().get()).startsWith("2 rows imported, 1 refused, see the report");
            vm.importRows();
            assertThat(changes.pending().count()).as("a second click adds nothing").isEqualTo(2);
            assertThat(vm.messageProperty().get()).isEqualTo("These rows are already pending: Save writes them, Undo takes them back.");
            assertThat(vm.reportProperty().get()).contains("line 3, timestamp");
            assertThat(changes.undoStack().undoTextProperty().get()).isEqualTo("Undo import of 2 rows");

            changes.undo();
            assertThat(changes.pending().count()).isZero();
            changes.redo();
            assertThat(changes.pending().count()).isEqualTo(2);
            assertThat(changes.previewSql()).hasSize(2).allSatisfy(sql -> assertThat(sql.toLowerCase()).startsWith("insert into"));
            changes.discard();
            assertThat(changes.pending().count()).isZero();
            assertThat(count(test, "select count(*) from post")).isEqualTo(before);

            vm.importRows();
            changes.save();
            assertThat(changes.messageProperty().get()).as(changes.messageProperty().get()).startsWith("Saved 2 changes");
            assertThat(count(test, "select count(*) from post")).isEqualTo(before + 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void anUpsertChangesTheRowsWhoseKeyExistsAndAddsTheOthers(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            int before = count(test, "select count(*) from post");
            int first = count(test, "select min(id) from post");
            String body = text(test, "select body from post where id = " + first);
            Path file = Files.writeString(dir.resolve("upsert.jsonl"), "{\"id\": " + first + ", \"body\": \"edited by import\"}\n"
                    + "{\"id\": " + (first + 1) + ", \"body\": " + quoted(text(test, "select body from post where id = " + (first + 1))) + "}\n"
                    + "{\"id\": 777777, \"body\": \"brand new\"}\n", StandardCharsets.UTF_8);
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor());
            ImportViewModel vm = new ImportViewModel(db.catalog().get("Post"), db::catalog, ImportViewModel.Target.of(db.imports()),
                    changes, new DirectTaskExecutor());
            vm.load(file, null);
            vm.setUpsert(true);
            vm.importRows();
            assertThat(changes.pending().count()).isEqualTo(2); // one changed, one new; the unchanged row adds nothing
            assertThat(vm.messageProperty().get()).startsWith("2 rows imported, 0 refused (1 unchanged)");
            assertThat(body).isNotEqualTo("edited by import");
            changes.save();
            assertThat(text(test, "select body from post where id = " + first)).isEqualTo("edited by import");
            assertThat(count(test, "select count(*) from post")).isEqualTo(before + 1);
        }
    }

    @org.junit.jupiter.api.Test
    void aReadOnlyConnectionTakesNothing() throws Exception {
        try (TestDatabase test = TestDatabase.create(Dbms.H2); OpenDatabase db = test.openWithSample()) {
            Path file = Files.writeString(dir.resolve("posts.csv"), "body\nhello\n", StandardCharsets.UTF_8);
            ChangesViewModel changes = new ChangesViewModel(db::changes, new DirectTaskExecutor(),
                    new dev.rowboat.ui.common.WriteGuard(new dev.rowboat.schema.Safeguards(true, false), "test", null));
            ImportViewModel vm = new ImportViewModel(db.catalog().get("Post"), db::catalog, ImportViewModel.Target.of(db.imports()),
                    changes, new DirectTaskExecutor());
            vm.load(file, null);
            assertThat(vm.validProperty().get()).isEqualTo(1);
            vm.importRows();
            assertThat(changes.pending().count()).isZero();
            assertThat(vm.messageProperty().get()).isEqualTo("Read-only connection: nothing can be imported.");
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static int count(TestDatabase test, String sql) {
        return Integer.parseInt(text(test, sql));
    }

    private static String text(TestDatabase test, String sql) {
        return test.firstValue(sql);
    }
}
