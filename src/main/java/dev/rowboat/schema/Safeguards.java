package dev.rowboat.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * What a connection is marked as, by the person who opened it. Read-only is enforced by the
 * database session ({@link ReadOnlySessions}); production asks for a typed confirmation before
 * anything is written and colours the window, so that a live database is never mistaken for a
 * copy.
 */
public record Safeguards(boolean readOnly, boolean production) {
    public static final Safeguards NONE = new Safeguards(false, false);

    /** Both marks where either has them: a mark once given is not dropped by an open that forgot it. */
    public Safeguards or(Safeguards other) {
        return other == null ? this : new Safeguards(readOnly || other.readOnly, production || other.production);
    }

    public boolean any() {
        return readOnly || production;
    }

    /** "read-only, production", for the recent list and the status line; empty for none. */
    public String describe() {
        List<String> marks = new ArrayList<>();
        if (readOnly) {
            marks.add("read-only");
        }
        if (production) {
            marks.add("production");
        }
        return String.join(", ", marks);
    }

    /** The marks {@link #describe()} wrote; unknown words are ignored, so an older or newer list still reads. */
    public static Safeguards parse(String text) {
        if (text == null) {
            return NONE;
        }
        List<String> words = List.of(text.toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*"));
        return new Safeguards(words.contains("read-only"), words.contains("production"));
    }
}
