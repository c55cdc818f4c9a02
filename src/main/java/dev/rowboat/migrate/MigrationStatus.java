package dev.rowboat.migrate;

import java.util.List;

/**
 * Where a database stands against a repository.
 *
 * @param current    what the version table names (empty: base, or no version table yet)
 * @param unknown    current revisions no file in the repository has
 * @param revisions  every revision, oldest first, applied or pending
 * @param edited     applied revisions whose files changed since
 * @param lockHolder who holds the migration lock, or null
 * @param ownership  whether the database is Rowboat's, empty, or tables without a version table
 *                   (a database another tool manages has no status: it is refused, kind NOT_OWNED)
 */
public record MigrationStatus(List<String> current, List<String> unknown, List<RevisionState> revisions, List<String> heads,
                              List<String> edited, String lockHolder, Ownership ownership) {
    public MigrationStatus {
        current = List.copyOf(current);
        unknown = List.copyOf(unknown);
        revisions = List.copyOf(revisions);
        heads = List.copyOf(heads);
        edited = List.copyOf(edited);
    }

    public List<RevisionState> pending() {
        return revisions.stream().filter(r -> !r.applied()).toList();
    }

    public boolean isUpToDate() {
        return unknown.isEmpty() && pending().isEmpty();
    }
}
