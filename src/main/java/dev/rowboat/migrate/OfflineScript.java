package dev.rowboat.migrate;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A plan as the SQL script {@code --sql} prints: each revision's statements, then the version
 * table's, so that the script run by hand leaves the database where a run would.
 */
final class OfflineScript {
    private OfflineScript() {
    }

    static String render(MigrationPlan plan, VersionBook book) {
        StringBuilder out = new StringBuilder();
        Set<String> heads = new LinkedHashSet<>(plan.start());
        book.offlineStatements(Set.of(), Set.of(), plan.start().isEmpty() && plan.direction() == Direction.UP)
                .forEach(sql -> out.append(sql).append(";\n\n"));
        for (PlannedRevision r : plan.revisions()) {
            out.append("-- ").append(plan.direction() == Direction.UP ? "Upgrade " : "Downgrade ").append(r.revision().id())
                    .append(": ").append(r.revision().message()).append('\n');
            if (!r.revision().unread(plan.direction() == Direction.UP).isEmpty()) {
                out.append("-- needs Alembic: lines of this revision Rowboat does not read are not in this script:\n");
                r.revision().unread(plan.direction() == Direction.UP)
                        .forEach(u -> out.append("--   line ").append(u.line()).append(": ").append(u.text().strip()).append('\n'));
            }
            r.operations().forEach(op -> op.sql().forEach(sql -> out.append(sql).append(";\n")));
            Set<String> next = new LinkedHashSet<>(heads);
            if (plan.direction() == Direction.UP) {
                next.removeAll(r.revision().downRevisions());
                next.add(r.revision().id());
            } else {
                next.remove(r.revision().id());
                next.addAll(r.revision().downRevisions());
            }
            book.offlineStatements(heads, next, false).forEach(sql -> out.append(sql).append(";\n"));
            heads = next;
            out.append('\n');
        }
        return out.toString();
    }
}
