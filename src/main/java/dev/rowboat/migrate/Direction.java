package dev.rowboat.migrate;

/** Whether revisions are applied (upgrade) or undone (downgrade). */
public enum Direction {
    UP, DOWN
}
