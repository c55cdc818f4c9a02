package dev.rowboat.migrate;

import java.util.Set;

/**
 * A plan as the SQL script {@code --sql} prints: each revision's statements, then the version
 * table's, so that the script run by hand leaves the database where a run would.
 */
final class OfflineScript {
    private OfflineScript() {
    }

    static String render(MigrationPlan plan, VersionBook book, RevisionGraph graph) {
        StringBuilder out = new StringBuilder();
        book.offlineStatements(Set.of(), Set.of(), plan.start().isEmpty() && plan.direction() == Direction.UP)
                .forEach(sql -> out.append(sql).append(";\n\n"));
        Set<String> applied = graph.ancestors(new java.util.LinkedHashSet<>(plan.start()));
        for (PlannedRevision r : plan.revisions()) {
            out.append("-- ").append(plan.direction() == Direction.UP ? "Upgrade " : "Downgrade ").append(r.revision().id())
                    .append(": ").append(r.revision().message()).append('\n');
            if (!r.revision().unread(plan.direction() == Direction.UP).isEmpty()) {
                out.append("-- needs Alembic: lines of this revision Rowboat does not read are not in this script:\n");
                r.revision().unread(plan.direction() == Direction.UP)
                        .forEach(u -> out.append("--   line ").append(u.line()).append(": ").append(u.text().strip()).append('\n'));
            }
            r.operations().forEach(op -> op.sql().forEach(sql -> out.append(sql).append(";\n")));
            Set<String> next = plan.direction().across(applied, r.revision().id());
            book.offlineStatements(graph.headsWithin(applied), graph.headsWithin(next), false).forEach(sql -> out.append(sql).append(";\n"));
            applied = next;
            out.append('\n');
        }
        if (plan.direction() == Direction.DOWN && !plan.revisions().isEmpty() && applied.isEmpty()) {
            book.offlineAtBase().forEach(sql -> out.append(sql).append(";\n\n"));
        }
        return out.toString();
    }
}
