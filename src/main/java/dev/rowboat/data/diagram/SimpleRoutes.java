package dev.rowboat.data.diagram;

import java.util.List;

/**
 * Orthogonal lines between two boxes placed by hand, where the layout's own routes no longer
 * fit: side by side, a line from side to side with one vertical step in the gap; one above the
 * other, from bottom to top with one horizontal step; a self-reference, a loop over the top right corner.
 */
final class SimpleRoutes {
    private static final double LOOP = 24;

    private SimpleRoutes() {
    }

    static List<DiagramPoint> between(DiagramBox from, DiagramBox to, DiagramEdge edge) {
        if (edge.selfLoop()) {
            double right = from.x() + from.width();
            double top = from.y();
            double side = top + Math.min(BoxMetrics.TITLE_HEIGHT / 2, from.height() / 2);
            double back = right - Math.min(40, from.width() / 3);
            return List.of(new DiagramPoint(right, side), new DiagramPoint(right + LOOP, side), new DiagramPoint(right + LOOP, top - LOOP),
                    new DiagramPoint(back, top - LOOP), new DiagramPoint(back, top));
        }
        if (from.x() + from.width() <= to.x() || to.x() + to.width() <= from.x()) {
            boolean rightwards = from.x() < to.x();
            double sx = rightwards ? from.x() + from.width() : from.x();
            double tx = rightwards ? to.x() : to.x() + to.width();
            double mid = (sx + tx) / 2;
            return List.of(new DiagramPoint(sx, from.centreY()), new DiagramPoint(mid, from.centreY()),
                    new DiagramPoint(mid, to.centreY()), new DiagramPoint(tx, to.centreY()));
        }
        boolean downwards = from.y() < to.y();
        double sy = downwards ? from.y() + from.height() : from.y();
        double ty = downwards ? to.y() : to.y() + to.height();
        double mid = (sy + ty) / 2;
        return List.of(new DiagramPoint(from.centreX(), sy), new DiagramPoint(from.centreX(), mid),
                new DiagramPoint(to.centreX(), mid), new DiagramPoint(to.centreX(), ty));
    }
}
