package dev.rowboat.ui.relations;

/**
 * One line of the relations panel: an association of the selected row, or rows of another
 * entity that refer to it.
 *
 * @param target where clicking it goes, or null when it leads nowhere (an empty link)
 */
public record Relation(String text, Place target, boolean incoming) {
}
