package dev.rowboat.ui.relations;

/**
 * One line of the relations panel: an association of the selected row, or rows of another
 * entity that refer to it.
 *
 * @param target where clicking it goes, or null when it leads nowhere (an empty link)
 * @param create for an empty one-to-one, makes the missing row (as a pending insert); else null
 */
public record Relation(String text, Place target, boolean incoming, Runnable create) {
    public Relation(String text, Place target, boolean incoming) {
        this(text, target, incoming, null);
    }
}
