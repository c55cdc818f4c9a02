package dev.rowboat.data.diagram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The part of a diagram around one entity: it and the entities within {@code depth} relationships
 * of it, for schemas too large to read whole. Across a many-to-many, both the association table
 * and the entity on its other side are one step away.
 */
public final class Neighbourhood {
    /** Above this many entities the window shows a neighbourhood, not the whole schema. */
    public static final int WHOLE_SCHEMA_LIMIT = 30;

    private Neighbourhood() {
    }

    public static ErDiagram around(ErDiagram whole, String entity, int depth) {
        Set<String> kept = entitiesAround(whole, entity, depth);
        return new ErDiagram(whole.boxes().stream().filter(b -> kept.contains(b.entity())).toList(),
                whole.edges().stream().filter(e -> kept.contains(e.from()) && kept.contains(e.to())).toList());
    }

    static Set<String> entitiesAround(ErDiagram whole, String entity, int depth) {
        Map<String, Set<String>> next = new HashMap<>();
        for (DiagramEdge e : whole.edges()) {
            next.computeIfAbsent(e.from(), k -> new LinkedHashSet<>()).add(e.to());
            next.computeIfAbsent(e.to(), k -> new LinkedHashSet<>()).add(e.from());
        }
        Map<String, Set<String>> linked = new HashMap<>();
        whole.edges().stream().filter(e -> e.kind() == RelationKind.MANY_TO_MANY && e.from().equals(e.via()))
                .forEach(e -> linked.computeIfAbsent(e.via(), k -> new LinkedHashSet<>()).add(e.to()));
        for (Set<String> ends : linked.values()) {
            for (String end : ends) {
                next.computeIfAbsent(end, k -> new LinkedHashSet<>()).addAll(ends);
            }
        }
        Map<String, Integer> distance = new HashMap<>();
        distance.put(entity, 0);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(entity);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            int d = distance.get(at);
            if (d == depth) {
                continue;
            }
            for (String n : next.getOrDefault(at, Set.of())) {
                if (distance.putIfAbsent(n, d + 1) == null) {
                    queue.add(n);
                }
            }
        }
        return distance.keySet();
    }
}
