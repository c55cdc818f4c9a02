package dev.rowboat.migrate;

import java.util.LinkedHashSet;
import java.util.Set;

/** Whether revisions are applied (upgrade) or undone (downgrade). */
public enum Direction {
    UP, DOWN;

    /** The revisions applied once {@code revision} has run this way over {@code applied} (a new set). */
    Set<String> across(Set<String> applied, String revision) {
        Set<String> after = new LinkedHashSet<>(applied);
        if (this == UP) {
            after.add(revision);
        } else {
            after.remove(revision);
        }
        return after;
    }
}
