package dev.rowboat.data.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An entity-relationship diagram: boxes and lines with their places. The same value is drawn by
 * the window, written as SVG and rendered as PNG, so all three agree.
 */
public record ErDiagram(List<DiagramBox> boxes, List<DiagramEdge> edges) {
    static final double MARGIN = 20;

    public ErDiagram {
        boxes = List.copyOf(boxes);
        edges = List.copyOf(edges);
    }

    public Optional<DiagramBox> box(String entity) {
        return boxes.stream().filter(b -> b.entity().equals(entity)).findFirst();
    }

    /** The width of the drawing: the rightmost box, line or label, and a margin. */
    public double width() {
        double max = boxes.stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
        for (DiagramEdge e : edges) {
            max = Math.max(max, e.points().stream().mapToDouble(DiagramPoint::x).max().orElse(0));
            if (e.labelAt() != null) {
                max = Math.max(max, e.labelAt().x() + TextMeasure.width(e.label(), false));
            }
        }
        return Math.ceil(max + MARGIN);
    }

    public double height() {
        double max = boxes.stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
        for (DiagramEdge e : edges) {
            max = Math.max(max, e.points().stream().mapToDouble(DiagramPoint::y).max().orElse(0));
            if (e.labelAt() != null) {
                max = Math.max(max, e.labelAt().y() + DiagramEdge.LABEL_HEIGHT);
            }
        }
        return Math.ceil(max + MARGIN);
    }

    /** The diagram with one box moved by the person; the lines at it are drawn again between the boxes, simply. */
    public ErDiagram withBoxAt(String entity, double x, double y) {
        return withBoxesAt(Map.of(entity, new DiagramPoint(x, y)));
    }

    /** The diagram with boxes at remembered places (entities not named stay); their lines are drawn again. */
    public ErDiagram withBoxesAt(Map<String, DiagramPoint> places) {
        List<DiagramBox> moved = new ArrayList<>();
        for (DiagramBox b : boxes) {
            DiagramPoint p = places.get(b.entity());
            moved.add(p == null ? b : b.at(Math.max(0, p.x()), Math.max(0, p.y())));
        }
        ErDiagram placed = new ErDiagram(moved, List.of());
        List<DiagramEdge> routed = edges.stream().map(e -> places.containsKey(e.from()) || places.containsKey(e.to())
                ? e.routed(SimpleRoutes.between(placed.box(e.from()).orElseThrow(), placed.box(e.to()).orElseThrow(), e))
                : e).toList();
        return new ErDiagram(moved, routed);
    }
}
