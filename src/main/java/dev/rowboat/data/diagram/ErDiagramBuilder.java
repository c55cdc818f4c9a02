package dev.rowboat.data.diagram;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The diagram of an entity catalog, before layout: a box per entity with its key, columns and
 * to-one associations, and a line per relationship. A foreign key is one line from its owner; the
 * collection on the other side is the same relationship and draws nothing more. A many-to-many
 * runs through its association table's box, a line to each side.
 */
public final class ErDiagramBuilder {
    private ErDiagramBuilder() {
    }

    public static ErDiagram of(EntityCatalog catalog) {
        Map<String, EntityInfo> byTable = new LinkedHashMap<>();
        // the join table as the mapping names it, the table as the database stores it (H2: upper case)
        catalog.entities().forEach(e -> byTable.put(e.table().toLowerCase(Locale.ROOT), e));
        Set<String> linkTables = new HashSet<>();
        for (EntityInfo e : catalog.entities()) {
            for (AttributeInfo a : e.attributes()) {
                if (a.kind() == AttributeKind.TO_MANY && a.joinTable() != null && byTable.containsKey(a.joinTable().toLowerCase(Locale.ROOT))) {
                    linkTables.add(byTable.get(a.joinTable().toLowerCase(Locale.ROOT)).name());
                }
            }
        }
        List<DiagramBox> boxes = catalog.entities().stream().map(e -> box(e, linkTables.contains(e.name()))).toList();
        return new ErDiagram(boxes, edges(catalog, byTable));
    }

    private static DiagramBox box(EntityInfo entity, boolean linkTable) {
        List<DiagramRow> rows = new ArrayList<>();
        for (AttributeInfo a : entity.attributes()) {
            boolean synthetic = a.column() == null && a.kind() != AttributeKind.TO_MANY; // a keyless table's row number, an inverse one-to-one
            if (synthetic || a.kind() == AttributeKind.TO_MANY) {
                continue;
            }
            if (a.kind() == AttributeKind.TO_ONE) {
                rows.add(new DiagramRow(a.name(), "→ " + a.targetEntity(), false, true));
            } else {
                rows.add(new DiagramRow(a.name(), typeOf(a), a.kind() == AttributeKind.ID, linkTable));
            }
        }
        String title = entity.name().equalsIgnoreCase(entity.table()) ? entity.name() : entity.name() + " (" + entity.table() + ")";
        return new DiagramBox(entity.name(), title, rows, 0, 0, BoxMetrics.width(title, rows), BoxMetrics.height(rows));
    }

    private static String typeOf(AttributeInfo a) {
        String simple = a.javaType().getSimpleName();
        return a.length() != null && a.isText() ? simple + "(" + a.length() + ")" : simple;
    }

    private static List<DiagramEdge> edges(EntityCatalog catalog, Map<String, EntityInfo> byTable) {
        List<DiagramEdge> edges = new ArrayList<>();
        Set<String> directManyToMany = new HashSet<>();
        for (EntityInfo e : catalog.entities()) {
            for (AttributeInfo a : e.attributes()) {
                if (a.targetEntity() == null || catalog.find(a.targetEntity()).isEmpty()) {
                    continue;
                }
                if (a.kind() == AttributeKind.TO_ONE && a.column() != null) {
                    edges.add(toOne(e, a));
                } else if (a.kind() == AttributeKind.TO_MANY && a.joinTable() != null) {
                    EntityInfo link = byTable.get(a.joinTable().toLowerCase(Locale.ROOT));
                    if (link != null) {
                        edges.add(new DiagramEdge(RelationKind.MANY_TO_MANY, link.name(), a.targetEntity(), a.name(), link.name(),
                                EdgeEnd.MANY, EdgeEnd.ONE));
                    } else if (directManyToMany.add(a.joinTable())) {
                        edges.add(new DiagramEdge(RelationKind.MANY_TO_MANY, e.name(), a.targetEntity(), a.name(), a.joinTable(),
                                EdgeEnd.MANY, EdgeEnd.MANY));
                    }
                } else if (a.kind() == AttributeKind.TO_MANY && !pointsBack(catalog.get(a.targetEntity()), e.name())) {
                    edges.add(new DiagramEdge(RelationKind.ONE_TO_MANY, e.name(), a.targetEntity(), a.name(), null,
                            EdgeEnd.ONE, EdgeEnd.MANY));
                }
            }
        }
        return edges;
    }

    private static DiagramEdge toOne(EntityInfo owner, AttributeInfo a) {
        EdgeEnd targetEnd = a.nullable() ? EdgeEnd.ZERO_OR_ONE : EdgeEnd.ONE;
        if (a.targetEntity().equals(owner.name())) {
            return new DiagramEdge(RelationKind.SELF_REFERENCE, owner.name(), owner.name(), a.name(), null, EdgeEnd.MANY, targetEnd);
        }
        return a.unique()
                ? new DiagramEdge(RelationKind.ONE_TO_ONE, owner.name(), a.targetEntity(), a.name(), null, EdgeEnd.ZERO_OR_ONE, targetEnd)
                : new DiagramEdge(RelationKind.MANY_TO_ONE, owner.name(), a.targetEntity(), a.name(), null, EdgeEnd.MANY, targetEnd);
    }

    private static boolean pointsBack(EntityInfo target, String entity) {
        return target.attributes().stream().anyMatch(a -> a.kind() == AttributeKind.TO_ONE && entity.equals(a.targetEntity()));
    }
}
