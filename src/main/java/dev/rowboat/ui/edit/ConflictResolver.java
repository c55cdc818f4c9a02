package dev.rowboat.ui.edit;

import java.util.Map;

/** Asks the person what to do with a row someone else changed: the view shows mine, theirs and the original. */
public interface ConflictResolver {
    enum Choice { KEEP_MINE, TAKE_THEIRS, DECIDE_LATER }

    /** @param theirs the row as it is now, or null when someone deleted it */
    Choice resolve(RowRef row, Map<String, Object> original, Map<String, Object> mine, Map<String, Object> theirs, String message);
}
