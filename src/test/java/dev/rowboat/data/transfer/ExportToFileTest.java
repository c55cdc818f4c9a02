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
        ListSource source = numbers(5_001);
        List<long[]> progress = new ArrayList<>();
        Path target = folder.resolve("posts.csv");
        ExportResult result = Export.toFile(source, ExportOptions.of(ExportFormat.CSV, Dbms.H2), target, QueryCancel.none(),
                (done, total) -> progress.add(new long[] {done, total}));

        assertThat(result.rows()).isEqualTo(5_001);
        assertThat(result.sentence()).isEqualTo("Exported 5,001 rows to " + target.toAbsolutePath());
        assertThat(source.pageSizes).containsExactly(Export.PAGE_SIZE, Export.PAGE_SIZE, 1001);
        assertThat(progress).extracting(p -> p[0]).containsExactly(0L, 2_000L, 4_000L, 5_001L);
        assertThat(progress).extracting(p -> p[1]).containsOnly(5_001L);
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5_002);
        assertThat(lines.get(0)).isEqualTo("id,body");
        assertThat(lines.get(5_001)).isEqualTo("5000,row 5000");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void cancelBetweenPagesLeavesNoFileAndKeepsAnEarlierOne() throws IOException {
        Path target = folder.resolve("posts.json");
        Files.writeString(target, "earlier");
        QueryCancel cancel = new QueryCancel();
        assertThatThrownBy(() -> Export.toFile(numbers(10_000), ExportOptions.of(ExportFormat.JSON, Dbms.H2), target, cancel,
                (done, total) -> {
                    if (done >= 4_000) {
                        cancel.cancel();
                    }
                }))
                .isInstanceOfSatisfying(DatabaseException.class, e -> assertThat(e.kind()).isEqualTo(DatabaseException.Kind.CANCELLED));
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
    void aFolderThatIsNotThereIsASentence() {
        Path target = folder.resolve("missing").resolve("posts.csv");
        assertThatThrownBy(() -> Export.toFile(numbers(1), ExportOptions.of(ExportFormat.CSV, Dbms.H2), target, QueryCancel.none(),
                ExportProgress.NONE)).hasMessageStartingWith("Could not write in " + folder.resolve("missing"));
    }
}
