package dev.rowboat.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.transfer.ExportFormat;
import dev.rowboat.data.transfer.ExportSource;
import dev.rowboat.data.transfer.ListSource;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.common.BackgroundWork;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path folder;

    /** Rows 0..n-1 with an id and a text, a page at a time, stopping when cancelled. */
    private static ExportSource numbers(int rows) {
        return new ListSource(List.of("id", "body"), rows, i -> new Object[] {i, i % 2 == 0 ? "even" : "odd\tone"});
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void exportWritesTheFileShowingProgressAndEndsWithASentence() throws IOException {
        Path file = folder.resolve("post.csv");
        ExportViewModel vm = new ExportViewModel(new DirectTaskExecutor(), "the Post grid", () -> numbers(12_000), Dbms.H2, file);
        List<String> statuses = new ArrayList<>();
        vm.statusProperty().addListener((o, old, now) -> statuses.add(now));
        vm.delimiterProperty().set("Tab");

        vm.export();

        assertThat(statuses).contains("Exported 0 of 12,000 rows", "Exported 5,000 of 12,000 rows", "Exported 10,000 of 12,000 rows");
        assertThat(vm.statusProperty().get()).isEqualTo("Exported 12,000 rows to " + file.toAbsolutePath() + ".");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.result().rows()).isEqualTo(12_000);
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(12_001);
        assertThat(lines.subList(0, 3)).containsExactly("id\tbody", "0\teven", "1\t\"odd\tone\"");
    }

    @Test
    void theFileNameFollowsTheFormatAndABlankOneCannotBeExported() {
        ExportViewModel vm = new ExportViewModel(new DirectTaskExecutor(), "the Post grid", () -> numbers(1), Dbms.POSTGRESQL,
                folder.resolve("post.csv"));
        vm.formatProperty().set(ExportFormat.JSONL);
        assertThat(vm.fileProperty().get()).isEqualTo(folder.resolve("post.jsonl").toString());
        vm.formatProperty().set(ExportFormat.MARKDOWN);
        assertThat(vm.fileProperty().get()).endsWith("post.md");
        assertThat(vm.csvProperty().get()).isFalse();
        assertThat(vm.options().dialect()).isEqualTo(Dbms.POSTGRESQL);
        vm.formatProperty().set(ExportFormat.SQL);
        assertThat(vm.sqlProperty().get()).isTrue();
        vm.dialectProperty().set(Dbms.MARIADB);
        assertThat(vm.options().dialect()).isEqualTo(Dbms.MARIADB);
        assertThat(vm.fileProperty().get()).endsWith("post.sql");
        assertThat(vm.canExportProperty().get()).isTrue();
        vm.fileProperty().set("  ");
        assertThat(vm.canExportProperty().get()).isFalse();
        vm.export();
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFile() throws IOException {
        HeldExecutor held = new HeldExecutor();
        Path file = folder.resolve("post.json");
        ExportViewModel vm = new ExportViewModel(held, "the Post grid", () -> numbers(10_000), Dbms.H2, file);
        vm.formatProperty().set(ExportFormat.JSON);
        vm.fileProperty().set(file.toString());
        vm.export();
        assertThat(vm.runningProperty().get()).isTrue();
        assertThat(vm.canExportProperty().get()).isFalse();

        vm.cancel();
        held.runHeld(); // the worker sees the cancel at its next page

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Export cancelled; no file was written.");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFailureIsItsSentence() throws IOException {
        ExportViewModel vm = new ExportViewModel(new DirectTaskExecutor(), "the Post grid", () -> {
            throw new DatabaseException(DatabaseException.Kind.NOT_FOUND, "This database has no entity Post.");
        }, Dbms.H2, folder.resolve("post.csv"));
        vm.export();
        assertThat(vm.statusProperty().get()).isEqualTo("This database has no entity Post.");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(files()).isEmpty();
    }

    /** Keeps submitted work until the test runs it; a cancelled task runs with its cancel set and calls back no one. */
    private static final class HeldExecutor implements TaskExecutor {
        private Runnable held;

        @Override
        public <T> TaskHandle submit(String description, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            QueryCancel cancel = new QueryCancel();
            held = () -> {
                try {
                    T result = work.run(cancel);
                    if (!cancel.isCancelled()) {
                        onSuccess.accept(result);
                    }
                } catch (Exception e) {
                    if (!cancel.isCancelled()) {
                        onFailure.accept(e);
                    }
                }
            };
            return new TaskHandle() {
                @Override
                public void cancel() {
                    cancel.cancel();
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void runHeld() {
            held.run();
        }
    }
}
