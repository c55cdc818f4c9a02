package dev.rowboat.ui.common;

/** Messages to the person: a short sentence, with the details folded away. */
public interface Notifier {
    void error(String title, String sentence, Throwable details);

    /** Asks a yes/no question; true for yes. */
    boolean confirm(String title, String question);

    /**
     * Asks the person to type {@code word} before something that cannot be taken back (a write to
     * a production database); true only when they typed it and confirmed. A notifier that cannot
     * ask lets nothing through.
     */
    default boolean confirmByTyping(String title, String question, String word) {
        return false;
    }

    /** Asks for a line of text, {@code initial} filled in; empty when the person cancels. */
    default java.util.Optional<String> ask(String title, String question, String initial) {
        return java.util.Optional.empty();
    }
}
