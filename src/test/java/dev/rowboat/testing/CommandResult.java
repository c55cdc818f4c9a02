package dev.rowboat.testing;

import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * What one run of a real tool gave: its exit code and its output (standard output and error
 * together, in the order the tool wrote them).
 */
public record CommandResult(List<String> command, int exitCode, String output) {
    public CommandResult {
        command = List.copyOf(command);
    }

    public boolean succeeded() {
        return exitCode == 0;
    }

    /** Itself when it succeeded; otherwise fails the test with the command and everything it said. */
    public CommandResult orFail() {
        if (!succeeded()) {
            Assertions.fail(String.join(" ", command) + " exited with " + exitCode + ":\n" + output);
        }
        return this;
    }
}
