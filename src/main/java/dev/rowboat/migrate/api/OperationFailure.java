package dev.rowboat.migrate.api;

import java.util.List;

/**
 * Where a revision stopped: the operation and statement that failed, what the database said,
 * and which of the revision's operations stay applied because the database could not roll back
 * their DDL (MySQL/MariaDB, H2). The version table still names the revision before this one.
 *
 * @param appliedOperations the {@code describe()} lines of operations left in place; empty when
 *                          the database rolled the whole revision back
 */
public record OperationFailure(String revision, String operation, String sql, String databaseMessage,
                               boolean rolledBack, List<String> appliedOperations) {
    public OperationFailure {
        appliedOperations = List.copyOf(appliedOperations);
    }
}
