package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.Operation;

/** Progress of a run, for the panel's progress and log and the CLI's lines. Called on the running thread. */
public interface MigrationListener {
    MigrationListener NONE = new MigrationListener() {
    };

    default void revisionStarted(Revision revision, Direction direction) {
    }

    default void operationStarted(Revision revision, Operation operation) {
    }

    default void statement(String sql) {
    }

    /** A line the project's own tool printed while it ran a revision Rowboat cannot read. */
    default void toolOutput(String line) {
    }

    default void revisionFinished(AppliedRevision done) {
    }

    default void failed(MigrationException failure) {
    }
}
