package dev.rowboat.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped history is what the generator writes from the model today. */
class MicroblogHistoryGeneratorTest {
    @Test
    void regeneratingTheShippedHistoryReproducesItFileForFile(@TempDir Path folder) throws Exception {
        Path shipped = MicroblogHistoryGenerator.FOLDER.resolve("versions");
        Path copy = folder.resolve("versions");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(shipped)) {
            for (Path p : files.toList()) {
                Files.copy(p, copy.resolve(p.getFileName()));
            }
        }
        MicroblogHistoryGenerator.generate(folder, true);
        assertThat(contents(copy)).isEqualTo(contents(shipped));
    }

    private static Map<String, String> contents(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                out.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return out;
    }
}
