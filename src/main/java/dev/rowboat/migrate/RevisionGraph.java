package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The revisions of a repository as a graph: bases, heads, branch points and merges, and the
 * paths between two states. A state is the set of revisions the version table names (usually
 * one; several while branches are unmerged); the empty set is {@code base}.
 */
public final class RevisionGraph {
    private final Map<String, Revision> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<Revision> ordered;

    private RevisionGraph(List<Revision> revisions) {
        for (Revision r : revisions) {
            if (byId.put(r.id(), r) != null) {
                throw new MigrationException(Kind.REPOSITORY, "Two revision files have the id " + r.id());
            }
            children.put(r.id(), new ArrayList<>());
        }
        for (Revision r : revisions) {
            for (String down : r.downRevisions()) {
                if (!byId.containsKey(down)) {
                    throw new MigrationException(Kind.REPOSITORY, "Revision " + r.id() + " follows " + down + ", which no file in the repository has");
                }
                children.get(down).add(r.id());
            }
        }
        ordered = topologicalOrder();
    }

    /** @throws MigrationException of kind REPOSITORY for duplicate ids, unknown parents or a cycle */
    public static RevisionGraph of(List<Revision> revisions) {
        return new RevisionGraph(revisions);
    }

    /** Every revision, parents before children (and older before newer where the graph allows). */
    public List<Revision> revisions() {
        return ordered;
    }

    public Revision get(String id) {
        Revision r = byId.get(id);
        if (r == null) {
            throw new MigrationException(Kind.UNKNOWN_TARGET, "No revision " + id + " in this repository");
        }
        return r;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public List<String> heads() {
        return ordered.stream().map(Revision::id).filter(id -> children.get(id).isEmpty()).toList();
    }

    public List<String> bases() {
        return ordered.stream().filter(r -> r.downRevisions().isEmpty()).map(Revision::id).toList();
    }

    public List<String> childrenOf(String id) {
        return List.copyOf(children.get(id));
    }

    /** Revisions more than one other revision follows: where branches start. */
    public List<String> branchPoints() {
        return ordered.stream().map(Revision::id).filter(id -> children.get(id).size() > 1).toList();
    }

    /** The given revisions and all they follow. */
    public Set<String> ancestors(Set<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(get(id).downRevisions());
            }
        }
        return seen;
    }

    /** Revisions that follow the given ones, not counting themselves. */
    public Set<String> descendants(Set<String> ids) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        ids.forEach(id -> todo.addAll(children.get(id)));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (seen.add(id)) {
                todo.addAll(children.get(id));
            }
        }
        return seen;
    }

    /** The newest revisions of an applied set: what the version table records for it. */
    public Set<String> headsWithin(Set<String> applied) {
        Set<String> out = new LinkedHashSet<>();
        for (Revision r : ordered) {
            if (applied.contains(r.id()) && children.get(r.id()).stream().noneMatch(applied::contains)) {
                out.add(r.id());
            }
        }
        return out;
    }

    /** Revisions to apply, in order, to go from {@code current} up to {@code target}. */
    public List<Revision> upgradePath(Set<String> current, Set<String> target) {
        Set<String> applied = ancestors(current);
        Set<String> wanted = ancestors(target);
        return ordered.stream().filter(r -> wanted.contains(r.id()) && !applied.contains(r.id())).toList();
    }

    /**
     * Revisions to undo, in order, to go from {@code current} down to {@code target}: those
     * applied after it ({@code base}: all applied).
     *
     * @throws MigrationException of kind UNKNOWN_TARGET when the target is not applied
     */
    public List<Revision> downgradePath(Set<String> current, Set<String> target) {
        Set<String> applied = ancestors(current);
        for (String t : target) {
            if (!applied.contains(t)) {
                throw new MigrationException(Kind.UNKNOWN_TARGET, "Revision " + t + " is not applied, so there is nothing to go down to; "
                        + "use `upgrade` to go up");
            }
        }
        Set<String> remove = target.isEmpty() ? applied : descendants(target);
        List<Revision> out = new ArrayList<>(ordered.stream().filter(r -> applied.contains(r.id()) && remove.contains(r.id())).toList());
        java.util.Collections.reverse(out);
        return out;
    }

    private List<Revision> topologicalOrder() {
        Comparator<Revision> age = Comparator.comparing(Revision::created).thenComparing(Revision::id);
        Map<String, Integer> waiting = new HashMap<>();
        List<Revision> ready = new ArrayList<>();
        for (Revision r : byId.values()) {
            waiting.put(r.id(), r.downRevisions().size());
            if (r.downRevisions().isEmpty()) {
                ready.add(r);
            }
        }
        List<Revision> out = new ArrayList<>();
        while (!ready.isEmpty()) {
            ready.sort(age);
            Revision next = ready.remove(0);
            out.add(next);
            for (String child : children.get(next.id())) {
                if (waiting.merge(child, -1, Integer::sum) == 0) {
                    ready.add(byId.get(child));
                }
            }
        }
        if (out.size() != byId.size()) {
            List<String> stuck = byId.keySet().stream().filter(id -> waiting.get(id) > 0).toList();
            throw new MigrationException(Kind.REPOSITORY, "The revisions " + String.join(", ", stuck) + " follow each other in a cycle");
        }
        return List.copyOf(out);
    }
}
