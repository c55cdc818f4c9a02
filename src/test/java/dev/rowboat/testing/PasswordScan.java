package dev.rowboat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every file under a folder that holds a secret, as UTF-8 or UTF-16 text: none, when Rowboat keeps its promise. */
public final class PasswordScan {
    private PasswordScan() {
    }

    public static List<Path> filesContaining(Path folder, String secret) throws IOException {
        List<byte[]> forms = List.of(secret.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_16BE),
                secret.getBytes(StandardCharsets.UTF_16LE));
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).filter(file -> {
                byte[] content = read(file);
                return forms.stream().anyMatch(form -> indexOf(content, form) >= 0);
            }).toList();
        }
    }

    /** The number of regular files under the folder, so a test can tell that there was something to scan. */
    public static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
