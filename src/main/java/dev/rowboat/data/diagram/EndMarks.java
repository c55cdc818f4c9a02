package dev.rowboat.data.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * The crow's-foot marks at a line's end, as strokes and circles in diagram coordinates, so the
 * window, the SVG and the PNG draw the same notation: two bars for exactly one, a circle and a
 * bar for at most one, a circle and a crow's foot for many.
 */
public final class EndMarks {
    /** How far from the box the marks reach: a line's last segment should be at least this long. */
    static final double REACH = 22;

    public record Stroke(double x1, double y1, double x2, double y2) {
    }

    public record Circle(double cx, double cy, double r) {
    }

    public record Marks(List<Stroke> strokes, List<Circle> circles) {
    }

    private EndMarks() {
    }

    /** Marks for an end at {@code tip} (on the box's border), the line coming from {@code towards}. */
    public static Marks at(EdgeEnd end, DiagramPoint tip, DiagramPoint towards) {
        double dx = towards.x() - tip.x();
        double dy = towards.y() - tip.y();
        double length = Math.hypot(dx, dy);
        double ux = length == 0 ? 1 : dx / length;
        double uy = length == 0 ? 0 : dy / length;
        double nx = -uy;
        double ny = ux;
        List<Stroke> strokes = new ArrayList<>();
        List<Circle> circles = new ArrayList<>();
        switch (end) {
            case ONE -> {
                strokes.add(bar(tip, ux, uy, nx, ny, 7));
                strokes.add(bar(tip, ux, uy, nx, ny, 12));
            }
            case ZERO_OR_ONE -> {
                strokes.add(bar(tip, ux, uy, nx, ny, 7));
                circles.add(new Circle(tip.x() + ux * 16, tip.y() + uy * 16, 4));
            }
            case MANY -> {
                double fx = tip.x() + ux * 12;
                double fy = tip.y() + uy * 12;
                strokes.add(new Stroke(fx, fy, tip.x() + nx * 6, tip.y() + ny * 6));
                strokes.add(new Stroke(fx, fy, tip.x(), tip.y()));
                strokes.add(new Stroke(fx, fy, tip.x() - nx * 6, tip.y() - ny * 6));
                circles.add(new Circle(tip.x() + ux * 16, tip.y() + uy * 16, 4));
            }
            default -> throw new IllegalArgumentException(end.name());
        }
        return new Marks(strokes, circles);
    }

    private static Stroke bar(DiagramPoint tip, double ux, double uy, double nx, double ny, double at) {
        double cx = tip.x() + ux * at;
        double cy = tip.y() + uy * at;
        return new Stroke(cx + nx * 6, cy + ny * 6, cx - nx * 6, cy - ny * 6);
    }

    /** The marks at the line's start (on {@code from}'s box). */
    public static Marks atStart(DiagramEdge edge) {
        List<DiagramPoint> p = edge.points();
        return at(edge.fromEnd(), p.get(0), p.get(1));
    }

    /** The marks at the line's end (on {@code to}'s box). */
    public static Marks atEnd(DiagramEdge edge) {
        List<DiagramPoint> p = edge.points();
        return at(edge.toEnd(), p.get(p.size() - 1), p.get(p.size() - 2));
    }
}
