package dev.rowboat.data.diagram;

import java.util.List;

/**
 * One relationship line.
 *
 * @param from the entity the line starts at (the foreign key's owner, or the association table)
 * @param to the entity it ends at
 * @param label the association's name
 * @param via the association table of a many-to-many; null otherwise
 * @param points where the line runs: its start on {@code from}'s box, its bends, its end on {@code to}'s box;
 *     empty before layout
 * @param labelAt the top left corner of the label's text box; null before layout
 */
public record DiagramEdge(RelationKind kind, String from, String to, String label, String via,
                          EdgeEnd fromEnd, EdgeEnd toEnd, List<DiagramPoint> points, DiagramPoint labelAt) {
    public DiagramEdge {
        points = List.copyOf(points);
    }

    /** A relationship not laid out yet. */
    public DiagramEdge(RelationKind kind, String from, String to, String label, String via, EdgeEnd fromEnd, EdgeEnd toEnd) {
        this(kind, from, to, label, via, fromEnd, toEnd, List.of(), null);
    }

    public DiagramEdge routed(List<DiagramPoint> newPoints, DiagramPoint newLabelAt) {
        return new DiagramEdge(kind, from, to, label, via, fromEnd, toEnd, newPoints, newLabelAt);
    }

    /** The same line with its label at the middle of its middle segment: for lines routed without the layout. */
    public DiagramEdge routed(List<DiagramPoint> newPoints) {
        DiagramPoint a = newPoints.get((newPoints.size() - 1) / 2);
        DiagramPoint b = newPoints.get((newPoints.size() - 1) / 2 + 1);
        double w = TextMeasure.width(label, false);
        return routed(newPoints, new DiagramPoint((a.x() + b.x()) / 2 - w / 2, (a.y() + b.y()) / 2 - LABEL_HEIGHT - 2));
    }

    static final double LABEL_HEIGHT = 14;

    public boolean touches(String entity) {
        return from.equals(entity) || to.equals(entity);
    }

    public boolean selfLoop() {
        return from.equals(to);
    }
}
