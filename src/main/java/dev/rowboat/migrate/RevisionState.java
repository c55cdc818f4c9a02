package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;

/**
 * A revision as status and history show it.
 *
 * @param appliedAt when it was applied (ISO-8601), null when not applied or stamped before history was kept
 * @param edited    its file changed after it was applied (the checksums differ)
 */
public record RevisionState(Revision revision, String file, boolean applied, boolean head, String appliedAt, boolean edited) {
}
