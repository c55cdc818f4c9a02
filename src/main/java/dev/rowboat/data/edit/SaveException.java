package dev.rowboat.data.edit;

import dev.rowboat.schema.DatabaseException;
import java.util.List;

/** A save that was refused and rolled back as a whole; nothing of it reached the database. */
public class SaveException extends DatabaseException {
    private final transient List<RowProblem> problems;

    public SaveException(String message, List<RowProblem> problems, Throwable cause) {
        super(Kind.QUERY_FAILED, message, cause);
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }
}
