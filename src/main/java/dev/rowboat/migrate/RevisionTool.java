package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;

/**
 * The project's own migration tool (Alembic through {@code flask db}), for the revisions Rowboat
 * cannot read: their Python runs there, in the project's folder, never inside Rowboat.
 */
public interface RevisionTool {
    /** How a person would type it, for messages: {@code flask db}. */
    String name();

    /**
     * Moves the database across exactly {@code revision}: up to it, or down to {@code target}
     * (its down revision, or {@code base}). Returns when the tool has finished.
     *
     * @throws dev.rowboat.migrate.api.MigrationException OPERATION_FAILED when the tool fails, with its output
     */
    void run(Revision revision, Direction direction, String target, MigrationListener listener);
}
