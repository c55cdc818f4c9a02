package dev.rowboat.ui.common;

import dev.rowboat.schema.DatabaseException;

/** The sentence to show for a failure: ours as written, anything else with its message. */
public final class Messages {
    private Messages() {
    }

    public static String sentence(Throwable failure) {
        if (failure instanceof DatabaseException known) {
            return known.getMessage();
        }
        return "Something went wrong: " + DatabaseException.reasonOf(failure);
    }

    public static boolean isCancellation(Throwable failure) {
        return failure instanceof DatabaseException known && known.kind() == DatabaseException.Kind.CANCELLED;
    }
}
