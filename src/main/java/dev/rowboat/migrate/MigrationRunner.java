package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.OperationFailure;
import dev.rowboat.migrate.api.PartialRun;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.SchemaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs revisions one transaction each: its operations, the dialect's check, and the version
 * table's new state commit together. Where DDL does not roll back, a failure lists what stayed
 * applied, and the version table still names the revision before.
 */
final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final Connection connection;
    private final MigrationDialect dialect;
    private final VersionBook book;
    private final RevisionGraph graph;
    private final MigrationListener listener;
    private final RevisionTool tool;

    MigrationRunner(Connection connection, MigrationDialect dialect, VersionBook book, RevisionGraph graph, MigrationListener listener,
                    RevisionTool tool) {
        this.tool = tool;
        this.connection = connection;
        this.dialect = dialect;
        this.book = book;
        this.graph = graph;
        this.listener = listener;
    }

    /** @param applied the revisions applied before the run; updated as revisions finish */
    List<AppliedRevision> run(List<Revision> path, Direction direction, Set<String> applied, Map<String, String> checksums)
            throws SQLException {
        List<AppliedRevision> done = new ArrayList<>();
        SchemaSnapshot schema = dialect.readSchema(connection);
        dialect.beforeMigration(connection);
        try {
            for (Revision revision : path) {
                long start = System.nanoTime();
                listener.revisionStarted(revision, direction);
                schema = runOne(revision, direction, schema, applied, checksums.get(revision.id()));
                AppliedRevision finished = new AppliedRevision(revision, direction, Duration.ofNanos(System.nanoTime() - start));
                done.add(finished);
                LOG.info("{} {} ({}) in {} ms", direction == Direction.UP ? "Applied" : "Undid", revision.id(), revision.message(),
                        finished.took().toMillis());
                listener.revisionFinished(finished);
            }
        } catch (MigrationException e) {
            throw e.after(partial(done, direction)); // each of them committed: say so, not only what failed
        } catch (SQLException e) {
            throw new MigrationException(Kind.DATABASE, "Database error: " + e.getMessage(), e).after(partial(done, direction));
        } finally {
            // turning auto-commit back on would commit whatever an unexpected failure left open
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            connection.setAutoCommit(true);
            dialect.afterMigration(connection);
        }
        return done;
    }

    private static PartialRun partial(List<AppliedRevision> done, Direction direction) {
        return new PartialRun(done.stream().map(AppliedRevision::revision).toList(), direction == Direction.DOWN);
    }

    private SchemaSnapshot runOne(Revision revision, Direction direction, SchemaSnapshot before, Set<String> applied, String checksum)
            throws SQLException {
        if (!revision.unread(direction == Direction.UP).isEmpty()) {
            return runWithTool(revision, direction, applied);
        }
        connection.setAutoCommit(false);
        List<Operation> ops = direction == Direction.UP ? revision.upgrade() : revision.downgrade();
        List<String> finished = new ArrayList<>();
        SchemaSnapshot schema = before;
        for (Operation op : ops) {
            listener.operationStarted(revision, op);
            List<String> statements;
            try {
                statements = dialect.render(op, schema);
            } catch (RuntimeException e) {
                throw failure(revision, op.describe(), "", new SQLException("cannot be rendered: " + e.getMessage(), e), finished);
            }
            for (int i = 0; i < statements.size(); i++) {
                String sql = statements.get(i);
                listener.statement(sql);
                try (Statement s = connection.createStatement()) {
                    s.execute(sql);
                } catch (SQLException e) {
                    if (i > 0) {
                        finished.add(op.describe() + " (its first " + i + " of " + statements.size() + " statements)");
                    }
                    throw failure(revision, op.describe(), sql, e, finished);
                }
            }
            finished.add(op.describe());
            schema = Migrations.applyTo(dialect, schema, op, revision);
        }
        try {
            dialect.verifyBeforeCommit(connection);
        } catch (SQLException e) {
            throw failure(revision, "the check before commit", "", e, finished);
        }
        Set<String> after = direction.across(applied, revision.id());
        book.record(connection, graph.headsWithin(after), revision.id(), checksum, direction);
        connection.commit();
        applied.clear();
        applied.addAll(after);
        return schema;
    }

    /**
     * Hands a revision Rowboat cannot read to the project's tool, between two of Rowboat's own
     * transactions (nothing of Rowboat's is open meanwhile), then checks the version table says
     * what the tool should have left and reads the schema it made.
     */
    private SchemaSnapshot runWithTool(Revision revision, Direction direction, Set<String> applied) throws SQLException {
        connection.setAutoCommit(true);
        Set<String> after = direction.across(applied, revision.id());
        String target = direction == Direction.UP ? revision.id()
                : revision.downRevisions().isEmpty() ? "base" : revision.downRevisions().get(0);
        tool.run(revision, direction, target, listener);
        Set<String> expected = graph.headsWithin(after);
        Set<String> now = book.current(connection);
        if (!now.equals(expected)) {
            MigrationException e = new MigrationException(Kind.OPERATION_FAILED, tool.name() + " ran revision " + revision.id()
                    + " (" + revision.message() + ") but the version table now names " + (now.isEmpty() ? "base" : String.join(", ", now))
                    + " instead of " + (expected.isEmpty() ? "base" : String.join(", ", expected)) + ". Look at the database before going on.");
            listener.failed(e);
            throw e;
        }
        applied.clear();
        applied.addAll(after);
        return dialect.readSchema(connection);
    }

    private MigrationException failure(Revision revision, String operation, String sql, SQLException cause, List<String> finished) {
        boolean rolledBack = dialect.transactionalDdl();
        try {
            connection.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
            rolledBack = false;
        }
        List<String> left = rolledBack ? List.of() : finished;
        OperationFailure f = new OperationFailure(revision.id(), operation, sql, cause.getMessage(), rolledBack, left);
        StringBuilder message = new StringBuilder("Revision " + revision.id() + " (" + revision.message() + ") failed at "
                + operation + ": " + cause.getMessage());
        if (!sql.isEmpty()) {
            message.append("\nStatement: ").append(sql);
        }
        if (rolledBack) {
            message.append("\nThe database rolled the whole revision back.");
        } else if (left.isEmpty()) {
            message.append("\nNothing of this revision had been applied.");
        } else {
            message.append("\nThis database cannot roll back DDL; these operations of the revision stay applied: ")
                    .append(String.join("; ", left)).append(". Undo them by hand or fix and re-run.");
        }
        message.append("\nThe version table still names the revision before this one.");
        MigrationException e = new MigrationException(Kind.OPERATION_FAILED, message.toString(), cause, f);
        listener.failed(e);
        return e;
    }
}
