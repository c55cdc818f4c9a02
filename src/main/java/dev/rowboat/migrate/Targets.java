package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a target as the command line and the panel write it: {@code head}, {@code heads},
 * {@code base}, an id or a unique prefix of one, or a step relative to the current revision
 * ({@code -1}, {@code +2}). The result is a state: the set of revisions to stand at.
 */
public final class Targets {
    private static final Pattern RELATIVE = Pattern.compile("([+-])(\\d+)");

    private Targets() {
    }

    public static Set<String> resolve(RevisionGraph graph, String target, Set<String> current) {
        String t = target.strip().toLowerCase(Locale.ROOT);
        Matcher relative = RELATIVE.matcher(t);
        if (relative.matches()) {
            int steps = Integer.parseInt(relative.group(2));
            return relative.group(1).equals("-") ? down(graph, current, steps) : up(graph, current, steps);
        }
        switch (t) {
            case "base" -> {
                return Set.of();
            }
            case "heads" -> {
                return new LinkedHashSet<>(graph.heads());
            }
            case "head" -> {
                List<String> heads = graph.heads();
                if (heads.size() > 1) {
                    throw new MigrationException(Kind.AMBIGUOUS_TARGET, "The repository has " + heads.size() + " heads ("
                            + String.join(", ", heads) + "): name one, use `heads` for all, or join them with `rowboat db merge`");
                }
                return new LinkedHashSet<>(heads);
            }
            default -> {
                return t.endsWith("@head") ? Set.of(headOfBranch(graph, t.substring(0, t.length() - "@head".length())))
                        : Set.of(labelled(graph, t).orElseGet(() -> byPrefix(graph, t)));
            }
        }
    }

    /** Alembic's {@code LABEL@head}: the one head of the branch that revision's {@code branch_labels} names. */
    private static String headOfBranch(RevisionGraph graph, String label) {
        String root = labelled(graph, label).orElseThrow(() -> new MigrationException(Kind.UNKNOWN_TARGET,
                "No revision has the branch label \"" + label + "\""));
        Set<String> branch = graph.descendants(Set.of(root));
        branch.add(root);
        List<String> heads = graph.heads().stream().filter(branch::contains).toList();
        if (heads.size() != 1) {
            throw new MigrationException(Kind.AMBIGUOUS_TARGET, "The branch \"" + label + "\" has " + heads.size() + " heads ("
                    + String.join(", ", heads) + "): name one");
        }
        return heads.get(0);
    }

    private static java.util.Optional<String> labelled(RevisionGraph graph, String label) {
        return graph.revisions().stream().filter(r -> r.branchLabels().stream().anyMatch(l -> l.equalsIgnoreCase(label)))
                .map(Revision::id).findFirst();
    }

    /** The one revision whose id starts with {@code prefix}. */
    public static String byPrefix(RevisionGraph graph, String prefix) {
        List<String> matches = graph.revisions().stream().map(Revision::id).filter(id -> id.startsWith(prefix)).toList();
        if (matches.isEmpty()) {
            throw new MigrationException(Kind.UNKNOWN_TARGET, "No revision matches \"" + prefix
                    + "\" (targets: head, heads, base, -N, +N, an id or a unique prefix of one)");
        }
        if (matches.size() > 1) {
            throw new MigrationException(Kind.AMBIGUOUS_TARGET, "\"" + prefix + "\" is the start of " + matches.size()
                    + " revisions (" + String.join(", ", matches) + "): give more digits");
        }
        return matches.get(0);
    }

    private static Set<String> down(RevisionGraph graph, Set<String> current, int steps) {
        if (current.size() > 1) {
            throw new MigrationException(Kind.AMBIGUOUS_TARGET, "The database is at several revisions (" + String.join(", ", current)
                    + "): name the target instead of -" + steps);
        }
        Set<String> at = current;
        for (int i = 0; i < steps; i++) {
            if (at.isEmpty()) {
                throw new MigrationException(Kind.UNKNOWN_TARGET, "There are only " + i + " revisions below the current one; -" + steps + " goes below base");
            }
            Revision r = graph.get(at.iterator().next());
            if (r.isMerge() && i < steps - 1) {
                throw new MigrationException(Kind.AMBIGUOUS_TARGET, "-" + steps + " passes merge revision " + r.id() + ": name the target instead");
            }
            at = new LinkedHashSet<>(r.downRevisions());
        }
        return at;
    }

    private static Set<String> up(RevisionGraph graph, Set<String> current, int steps) {
        if (current.size() > 1) {
            throw new MigrationException(Kind.AMBIGUOUS_TARGET, "The database is at several revisions (" + String.join(", ", current)
                    + "): name the target instead of +" + steps);
        }
        Set<String> at = current;
        for (int i = 0; i < steps; i++) {
            List<String> next = at.isEmpty() ? graph.bases() : graph.childrenOf(at.iterator().next());
            if (next.isEmpty()) {
                throw new MigrationException(Kind.UNKNOWN_TARGET, "There are only " + i + " revisions above the current one; +" + steps + " goes past head");
            }
            if (next.size() > 1) {
                throw new MigrationException(Kind.AMBIGUOUS_TARGET, "+" + steps + " reaches a branch (" + String.join(", ", next) + "): name the target instead");
            }
            at = Set.of(next.get(0));
        }
        return at;
    }
}
