package dev.rowboat.ui.common;

import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.ReadOnlySessions;

/** The sentence to show for a failure: ours as written, anything else with its message. */
public final class Messages {
    private Messages() {
    }

    public static String sentence(Throwable failure) {
        if (failure instanceof DatabaseException known) {
            return known.getMessage();
        }
        if (ReadOnlySessions.refused(failure)) {
            return ReadOnlySessions.REFUSED; // the database's own words name a transaction the person never started
        }
        return "Something went wrong: " + DatabaseException.reasonOf(failure);
    }

    public static boolean isCancellation(Throwable failure) {
        return failure instanceof DatabaseException known && known.kind() == DatabaseException.Kind.CANCELLED;
    }
}
