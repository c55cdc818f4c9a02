package dev.rowboat.app;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a file in the user's editor and waits for it, as Alembic's {@code open_in_editor} does:
 * {@code $EDITOR}, else {@code $VISUAL}, else the first of sensible-editor, editor, nano, vim and
 * code found on {@code PATH}. Unlike Alembic, a value with arguments ({@code code --wait}) works.
 */
final class RevisionEditor {
    private static final List<String> FALLBACKS = List.of("sensible-editor", "editor", "nano", "vim", "code");
    private final Map<String, String> environment;

    RevisionEditor(Map<String, String> environment) {
        this.environment = environment;
    }

    /** @throws IllegalStateException with a sentence when there is no editor, it cannot start, or it fails */
    void open(Path file) {
        List<String> command = new ArrayList<>(editor().orElseThrow(() -> new IllegalStateException(
                "No editor found: set EDITOR (for example EDITOR=nano) or open " + file + " yourself")));
        command.add(file.toString());
        try {
            Process p = new ProcessBuilder(command).inheritIO().start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("The editor " + command.get(0) + " exited with " + exit + " for " + file);
            }
        } catch (IOException e) {
            // the sentence names the editor; the cause's own message is in it
            throw new IllegalStateException("Could not run the editor " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while " + command.get(0) + " had " + file + " open", e);
        }
    }

    /** The editor's command line without the file, or empty when none is set or found. */
    Optional<List<String>> editor() {
        for (String variable : List.of("EDITOR", "VISUAL")) {
            String value = environment.get(variable);
            if (value == null || value.isBlank()) {
                continue;
            }
            if (Files.isRegularFile(Path.of(value))) {
                return Optional.of(List.of(value));
            }
            List<String> words = List.of(value.strip().split("\\s+"));
            Optional<String> program = onPath(words.get(0));
            if (program.isPresent()) {
                List<String> command = new ArrayList<>(words);
                command.set(0, program.get());
                return Optional.of(command);
            }
        }
        return FALLBACKS.stream().map(this::onPath).flatMap(Optional::stream).findFirst().map(List::of);
    }

    private Optional<String> onPath(String program) {
        if (program.contains(File.separator)) {
            return Files.isExecutable(Path.of(program)) ? Optional.of(program) : Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return Optional.of(Path.of(dir, program).toString());
            }
        }
        return Optional.empty();
    }
}
