package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationStatus;
import dev.rowboat.migrate.Ownership;
import dev.rowboat.migrate.RevisionState;
import dev.rowboat.ui.migrate.MigrationPanelViewModel.Target;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Upgrade and Downgrade mean for a selection: to the selected revision when the direction
 * fits it, else one step. Named by message, since people remember "posts table", not 3f2a9c1b7d4e.
 */
final class PanelTargets {
    private PanelTargets() {
    }

    /** None for a database Rowboat did not make: its revisions are not run over tables something else made. */
    static Target upgradeOf(RevisionRow selected, MigrationStatus status) {
        if (status == null || !status.unknown().isEmpty() || status.ownership() == Ownership.UNVERSIONED) {
            return null;
        }
        if (selected != null && !selected.applied()) {
            return new Target(selected.id(), Direction.UP, "Upgrade to “" + selected.message() + "”");
        }
        Set<String> applied = status.revisions().stream().filter(RevisionState::applied)
                .map(r -> r.revision().id()).collect(Collectors.toSet());
        return status.pending().stream()
                .filter(r -> applied.containsAll(r.revision().downRevisions()))
                .findFirst()
                .map(next -> new Target(next.revision().id(), Direction.UP, "Upgrade to “" + next.revision().message() + "”"))
                .orElse(null);
    }

    static Target downgradeOf(RevisionRow selected, MigrationStatus status) {
        if (status == null || status.current().isEmpty() || !status.unknown().isEmpty()) {
            return null;
        }
        if (selected != null && selected.applied() && !selected.current()) {
            return new Target(selected.id(), Direction.DOWN, "Downgrade to “" + selected.message() + "”");
        }
        List<String> parents = status.revisions().stream().filter(r -> status.current().contains(r.revision().id()))
                .flatMap(r -> r.revision().downRevisions().stream()).toList();
        String to = status.revisions().stream().filter(r -> parents.contains(r.revision().id()))
                .map(r -> "“" + r.revision().message() + "”").findFirst().orElse("base");
        return new Target("-1", Direction.DOWN, "Downgrade to " + to);
    }
}
