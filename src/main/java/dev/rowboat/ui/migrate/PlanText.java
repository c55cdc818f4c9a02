package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.api.UnreadLine;
import java.util.List;
import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationPlan;
import dev.rowboat.migrate.PlannedOperation;
import dev.rowboat.migrate.PlannedRevision;

/** A plan as the SQL preview shows it: each revision and operation as a comment, then its SQL. */
final class PlanText {
    private PlanText() {
    }

    static String of(MigrationPlan plan) {
        if (plan.isEmpty()) {
            return "-- Nothing to run: the database is already there.";
        }
        StringBuilder out = new StringBuilder();
        for (PlannedRevision r : plan.revisions()) {
            out.append("-- ").append(r.direction() == Direction.UP ? "Upgrade " : "Downgrade ")
                    .append(r.revision().id()).append(": ").append(r.revision().message()).append('\n');
            List<UnreadLine> unread = r.revision().unread(r.direction() == Direction.UP);
            if (!unread.isEmpty()) {
                out.append("-- needs Alembic: this revision runs with the project's own Alembic; Rowboat does not read these lines:\n");
                unread.forEach(u -> out.append("--   line ").append(u.line()).append(": ").append(u.text().strip())
                        .append("   (").append(u.reason()).append(")\n"));
                out.append("-- Operations Rowboat did read, for reference (Alembic runs the whole revision):\n");
            }
            for (PlannedOperation op : r.operations()) {
                out.append("-- ").append(op.operation().describe())
                        .append(op.operation().destroysData() ? "   (loses data)" : "").append('\n');
                op.sql().forEach(sql -> out.append(sql).append(";\n"));
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The operations of a plan that lose data, one line each; empty when none do. */
    static String destructive(MigrationPlan plan) {
        StringBuilder out = new StringBuilder();
        for (PlannedRevision r : plan.revisions()) {
            for (PlannedOperation op : r.operations()) {
                if (op.operation().destroysData()) {
                    out.append("• ").append(op.operation().describe()).append(" (").append(r.revision().message()).append(")\n");
                }
            }
        }
        return out.toString().stripTrailing();
    }
}
