package dev.rowboat.data.edit;

import java.util.Map;

/**
 * Why one edit cannot be saved, in plain words.
 *
 * @param editIndex the edit's position in the list given to validate or save; -1 when the problem
 *     is the save's as a whole (a broken connection, a refusal at commit)
 * @param attribute the attribute at fault, or null when it is the row as a whole
 * @param theirs for a conflict, the row as it is in the database now (null if it was deleted)
 */
public record RowProblem(int editIndex, Kind kind, String attribute, String message, Map<String, Object> theirs) {
    /** What kind of problem: the UI reacts to it without parsing the message. */
    public enum Kind {
        /** Not-null, length, range or type: found before anything is sent. */
        INVALID,
        /**
         * The database refused: unique index, foreign key, check, or another error of the row's
         * statement; also an UPDATE or DELETE whose id matched more than one row.
         */
        CONSTRAINT,
        /** Someone else changed or deleted the row since it was read. */
        CONFLICT,
        /** The connection broke during the save, before the commit: nothing was saved. */
        CONNECTION_LOST,
        /**
         * The connection broke while the database was committing: the commit may have happened or
         * not, and only reading the rows again tells which. Saving again blindly could write twice.
         */
        COMMIT_UNCERTAIN,
        /** The database refused to write at all: the connection is read-only. Nothing was saved. */
        READ_ONLY
    }
}
