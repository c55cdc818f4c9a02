package dev.rowboat.app;

import dev.rowboat.migrate.RevisionGraph;
import dev.rowboat.migrate.Targets;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A repository's revisions as {@link RevisionEntry}s, read once, in the graph's order (parents first). */
final class RevisionEntries {
    private final Map<String, RevisionEntry> byId = new LinkedHashMap<>();
    private final RevisionGraph graph;

    private RevisionEntries(MigrationRepository repository) {
        List<RevisionFile> files = repository.revisions();
        graph = RevisionGraph.of(files.stream().map(RevisionFile::revision).toList());
        Map<String, RevisionFile> fileOf = new LinkedHashMap<>();
        files.forEach(f -> fileOf.put(f.revision().id(), f));
        List<String> order = graph.revisions().stream().map(r -> r.id()).toList();
        Map<String, List<String>> branches = branchesOf(order);
        for (String id : order) {
            RevisionFile f = fileOf.get(id);
            var path = repository.pathOf(f);
            String file = path.map(Path::toString).orElse(repository.location() + "/versions/" + f.name());
            List<String> children = new ArrayList<>(graph.childrenOf(id));
            children.sort(Comparator.comparingInt(order::indexOf));
            byId.put(id, new RevisionEntry(f.revision(), file, path, repository.format(), children, branches.get(id)));
        }
    }

    /**
     * Alembic's branch membership ({@code RevisionMap._add_branches}): a label is carried by its
     * revision and everything after it, and, where the branch runs straight from there to its head,
     * by the revisions before it down to the branch point it started from (a branch point or merge
     * point ends the walk without taking the label).
     */
    private Map<String, List<String>> branchesOf(List<String> order) {
        Map<String, java.util.Set<String>> on = new LinkedHashMap<>();
        order.forEach(id -> on.put(id, new java.util.LinkedHashSet<>(graph.get(id).branchLabels())));
        for (String id : order) {
            List<String> own = graph.get(id).branchLabels();
            if (own.isEmpty()) {
                continue;
            }
            graph.descendants(Set.of(id)).forEach(d -> on.get(d).addAll(own));
            String last = id;
            while (graph.childrenOf(last).size() == 1 && !graph.get(last).isMerge()) {
                last = graph.childrenOf(last).get(0);
            }
            if (!graph.childrenOf(last).isEmpty() || graph.get(last).isMerge() && !last.equals(id)) {
                continue; // the walk up from the branch's heads stops below this revision
            }
            for (String at = last; graph.childrenOf(at).size() < 2 && !graph.get(at).isMerge(); ) {
                on.get(at).addAll(own);
                List<String> down = graph.get(at).downRevisions();
                if (down.isEmpty()) {
                    break;
                }
                at = down.get(0);
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        on.forEach((id, labels) -> out.put(id, List.copyOf(labels)));
        return out;
    }

    /** @throws dev.rowboat.migrate.api.MigrationException REPOSITORY when the files cannot be read or do not form a graph */
    static RevisionEntries of(MigrationRepository repository) {
        return new RevisionEntries(repository);
    }

    RevisionGraph graph() {
        return graph;
    }

    /** Oldest first. */
    List<RevisionEntry> all() {
        return List.copyOf(byId.values());
    }

    /** Newest first, as {@code history} lists them and Alembic walks them. */
    List<RevisionEntry> newestFirst() {
        List<RevisionEntry> out = new ArrayList<>(byId.values());
        java.util.Collections.reverse(out);
        return out;
    }

    RevisionEntry get(String id) {
        graph.get(id); // an unknown id is the engine's sentence
        return byId.get(id);
    }

    List<RevisionEntry> of(Collection<String> ids) {
        return byId.values().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /**
     * The revisions a symbol names, as Alembic's {@code get_revisions}: {@code head} (the one head),
     * {@code heads}, an id or unique prefix, a branch label or {@code LABEL@head}; {@code base} names none.
     *
     * @throws dev.rowboat.migrate.api.MigrationException UNKNOWN_TARGET or AMBIGUOUS_TARGET as a run's target would
     */
    List<RevisionEntry> resolve(String symbol, Set<String> current) {
        return of(Targets.resolve(graph, symbol, current));
    }
}
