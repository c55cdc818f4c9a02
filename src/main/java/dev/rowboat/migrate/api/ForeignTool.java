package dev.rowboat.migrate.api;

/**
 * Another migration tool's version table found in the database, and what it says. Rowboat only
 * reads it.
 *
 * @param state e.g. {@code version_num 1a2b3c4d5e6f} or {@code 12 changesets, last 2024-01-init}
 */
public record ForeignTool(String tool, String table, String state) {
}
