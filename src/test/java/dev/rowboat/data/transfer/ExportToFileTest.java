package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportToFileTest {
    @TempDir
    Path folder;

    private static ListSource numbers(long rows) {
        return new ListSource(List.of("id", "body"), rows, i -> new Object[] {(long) i, "row " + i});
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        }
    }

    @Test
    void writesEveryRowPageByPageReportingProgressAndMovesTheFileIntoPlace() throws IOException {
        ListSource source = numbers(2 * Export.PAGE_SIZE + 1);
        List<long[]> progress = new ArrayList<>();
        Path target = folder.resolve("posts.csv");
        ExportResult result = Export.toFile(source, ExportOptions.of(ExportFormat.CSV, Dbms.H2), target, QueryCancel.none(),
                (done, total) -> progress.add(new long[] {done, total}));

        long rows = 2L * Export.PAGE_SIZE + 1;
        assertThat(result.rows()).isEqualTo(rows);
        assertThat(result.sentence()).isEqualTo(String.format("Exported %,d rows to %s", rows, target.toAbsolutePath()));
        assertThat(source.pageSizes).containsExactly(Export.PAGE_SIZE, Export.PAGE_SIZE, 1);
        assertThat(progress).extracting(p -> p[0]).containsExactly(0L, (long) Export.PAGE_SIZE, 2L * Export.PAGE_SIZE, rows);
        assertThat(progress).extracting(p -> p[1]).containsOnly(rows);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize((int) rows + 1);
        assertThat(lines.get(0)).isEqualTo("id,body");
        assertThat(lines.get((int) rows)).isEqualTo((rows - 1) + ",row " + (rows - 1));
        assertThat(files()).containsExactly(target);
    }

    @Test
    void cancelBetweenPagesLeavesNoFileAndKeepsAnEarlierOne() throws IOException {
        Path target = folder.resolve("posts.json");
        Files.writeString(target, "earlier");
        QueryCancel cancel = new QueryCancel();
        assertThatThrownBy(() -> Export.toFile(numbers(10 * Export.PAGE_SIZE), ExportOptions.of(ExportFormat.JSON, Dbms.H2), target, cancel,
                (done, total) -> {
                    if (done >= Export.PAGE_SIZE) {
                        cancel.cancel();
                    }
                }))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CANCELLED))
                .hasMessage("The export was cancelled; no file was written.");
        assertThat(files()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("earlier");
    }

    @Test
    void aFailingSourceLeavesNoHalfWrittenFile() throws IOException {
        ListSource failing = new ListSource(List.of("id"), 10_000, i -> {
            if (i == 3_000) {
                throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "The query failed: connection lost");
            }
            return new Object[] {i};
        });
        Path target = folder.resolve("posts.sql");
        assertThatThrownBy(() -> Export.toFile(failing, ExportOptions.of(ExportFormat.SQL, Dbms.SQLITE), target, QueryCancel.none(),
                ExportProgress.NONE)).hasMessage("The query failed: connection lost");
        assertThat(files()).isEmpty();
    }

    @Test
    void aWriteThatFailsStopsTheReadingToo() {
        ListSource source = numbers(100L * Export.PAGE_SIZE);
        java.io.Writer full = new java.io.Writer() {
            private long written;

            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                written += length;
                if (written > 100_000) {
                    throw new IOException("No space left on device");
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> Export.toWriter(source, ExportOptions.of(ExportFormat.CSV, Dbms.H2), full, Export.PAGE_SIZE,
                QueryCancel.none(), ExportProgress.NONE)).isInstanceOf(IOException.class).hasMessage("No space left on device");
        // the second page fails; the reader is at most two pages ahead (one waiting, one being read) when it hears so
        assertThat(source.pageSizes.size()).as("pages read of 100").isLessThanOrEqualTo(5);
    }

    @Test
    void aFolderThatIsNotThereIsASentence() {
        Path target = folder.resolve("missing").resolve("posts.csv");
        assertThatThrownBy(() -> Export.toFile(numbers(1), ExportOptions.of(ExportFormat.CSV, Dbms.H2), target, QueryCancel.none(),
                ExportProgress.NONE)).hasMessageStartingWith("Could not write in " + folder.resolve("missing"));
    }
}
