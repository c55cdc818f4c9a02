package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.Revision;

/**
 * A revision as read from its file.
 *
 * @param name     the file's name, for messages
 * @param checksum {@link RevisionCodec#checksum} of what the file says now
 */
public record RevisionFile(Revision revision, String name, String checksum) {
    public static RevisionFile of(Revision revision, String name) {
        return new RevisionFile(revision, name, RevisionCodec.checksum(revision));
    }
}
