package dev.rowboat.data.diagram;

import java.util.List;

/** One entity's box: its title and rows, where it sits and how big it is (at zoom 1). */
public record DiagramBox(String entity, String title, List<DiagramRow> rows, double x, double y, double width, double height) {
    public DiagramBox {
        rows = List.copyOf(rows);
    }

    public DiagramBox at(double newX, double newY) {
        return new DiagramBox(entity, title, rows, newX, newY, width, height);
    }

    /** Whether the two boxes share any area (touching edges do not count). */
    public boolean overlaps(DiagramBox other) {
        return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
    }

    public double centreX() {
        return x + width / 2;
    }

    public double centreY() {
        return y + height / 2;
    }
}
