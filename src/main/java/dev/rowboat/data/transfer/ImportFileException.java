package dev.rowboat.data.transfer;

import dev.rowboat.schema.DatabaseException;
import java.util.List;

/**
 * A file that cannot be imported as a whole (invalid UTF-8, a row of the wrong width, broken
 * JSON): nothing of it is written. The problems name their lines.
 */
public final class ImportFileException extends DatabaseException {
    private final transient List<ImportProblem> problems;

    public ImportFileException(List<ImportProblem> problems) {
        super(Kind.INVALID_VALUE, describe(problems));
        this.problems = List.copyOf(problems);
    }

    public ImportFileException(ImportProblem problem) {
        this(List.of(problem));
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        String first = "The file cannot be imported: " + problems.get(0) + ".";
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
