package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.Revision;
import java.util.Set;

/**
 * A revision as read from its file.
 *
 * @param name             the file's name, for messages
 * @param checksum         {@link RevisionCodec#checksum} of what the file says now
 * @param earlierChecksums checksums of earlier editions of the file that a database may have
 *                         recorded and that still count as this revision unedited (see
 *                         {@link ClasspathRepository}); empty for a revision never re-issued
 */
public record RevisionFile(Revision revision, String name, String checksum, Set<String> earlierChecksums) {
    public RevisionFile {
        earlierChecksums = Set.copyOf(earlierChecksums);
    }

    public static RevisionFile of(Revision revision, String name) {
        return new RevisionFile(revision, name, RevisionCodec.checksum(revision), Set.of());
    }

    /** Whether a database that recorded {@code recorded} when it ran this revision ran what the file says. */
    public boolean matches(String recorded) {
        return checksum.equals(recorded) || earlierChecksums.contains(recorded);
    }

    public RevisionFile withEarlierChecksums(Set<String> checksums) {
        return new RevisionFile(revision, name, checksum, checksums);
    }
}
