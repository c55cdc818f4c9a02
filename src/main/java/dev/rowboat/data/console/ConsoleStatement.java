package dev.rowboat.data.console;

/**
 * One statement of a console script. {@code text} is {@code script.substring(start, end)}: from its
 * first character that is not blank or a comment to the end of its last such character, without the
 * {@code ;} that ends it. Comments inside it stay; those before and after it belong to no statement.
 */
public record ConsoleStatement(String text, int start, int end) {

    /** Whether the caret (an offset in the script) is in it or touches either end. */
    public boolean contains(int caret) {
        return caret >= start && caret <= end;
    }
}
