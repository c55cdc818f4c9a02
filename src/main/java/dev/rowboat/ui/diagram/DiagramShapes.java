package dev.rowboat.ui.diagram;

import dev.rowboat.data.diagram.BoxMetrics;
import dev.rowboat.data.diagram.DiagramBox;
import dev.rowboat.data.diagram.DiagramEdge;
import dev.rowboat.data.diagram.DiagramPoint;
import dev.rowboat.data.diagram.DiagramRow;
import dev.rowboat.data.diagram.EndMarks;
import dev.rowboat.data.diagram.TextMeasure;
import java.util.Locale;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** JavaFX nodes for the diagram's boxes and lines, drawn as the SVG and PNG draw them. */
final class DiagramShapes {
    private static final Font PLAIN = Font.font(TextMeasure.FONT_FAMILY, TextMeasure.FONT_SIZE);
    private static final Font BOLD = Font.font(TextMeasure.FONT_FAMILY, FontWeight.BOLD, TextMeasure.FONT_SIZE);
    private static final Font ITALIC = Font.font(TextMeasure.FONT_FAMILY, FontPosture.ITALIC, TextMeasure.FONT_SIZE);
    private static final Font MARK = Font.font(TextMeasure.FONT_FAMILY, 9);
    private static final Color LINE = Color.web("#555");

    private DiagramShapes() {
    }

    /** A box at (0, 0): the view relocates it. */
    static Node box(DiagramBox box) {
        Group g = new Group();
        g.setId("diagram-box-" + box.entity().replaceAll("[^A-Za-z0-9_-]", "_"));
        g.getStyleClass().add("diagram-box");
        g.setUserData(box.entity());
        g.setCursor(Cursor.HAND);
        Rectangle outline = new Rectangle(box.width(), box.height(), Color.web("#fdfdfd"));
        outline.setStroke(Color.web("#345"));
        outline.setArcWidth(8);
        outline.setArcHeight(8);
        Rectangle title = new Rectangle(box.width(), BoxMetrics.TITLE_HEIGHT, Color.web("#dde6f0"));
        title.setStroke(Color.web("#345"));
        title.setArcWidth(8);
        title.setArcHeight(8);
        g.getChildren().addAll(outline, title);
        Text name = text(box.title(), BOLD, Color.BLACK);
        name.setX((box.width() - name.getLayoutBounds().getWidth()) / 2);
        name.setY(BoxMetrics.titleBaseline());
        g.getChildren().add(name);
        for (int i = 0; i < box.rows().size(); i++) {
            DiagramRow row = box.rows().get(i);
            double y = BoxMetrics.rowBaseline(i);
            if (!row.mark().isEmpty()) {
                Text mark = text(row.mark(), MARK, row.key() ? Color.web("#a60") : Color.web("#369"));
                mark.setX(BoxMetrics.PADDING);
                mark.setY(y);
                g.getChildren().add(mark);
            }
            Text rowName = text(row.name(), row.key() ? BOLD : PLAIN, Color.BLACK);
            rowName.setX(BoxMetrics.PADDING + BoxMetrics.MARK_WIDTH);
            rowName.setY(y);
            Text type = text(row.type(), PLAIN, Color.web("#666"));
            type.setX(box.width() - BoxMetrics.PADDING - type.getLayoutBounds().getWidth());
            type.setY(y);
            g.getChildren().addAll(rowName, type);
        }
        Tooltip.install(g, new Tooltip("Click to open " + box.entity() + "'s grid; drag to move"));
        return g;
    }

    static Node edge(DiagramEdge edge) {
        Group g = new Group();
        g.getStyleClass().addAll("diagram-edge", edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        g.setMouseTransparent(true);
        g.setUserData(edge.from() + "." + edge.label() + " -> " + edge.to());
        Polyline path = new Polyline();
        for (DiagramPoint p : edge.points()) {
            path.getPoints().addAll(p.x(), p.y());
        }
        path.setStroke(LINE);
        path.setStrokeWidth(1.2);
        g.getChildren().add(path);
        marks(g, EndMarks.atStart(edge));
        marks(g, EndMarks.atEnd(edge));
        if (edge.labelAt() != null) {
            Text label = text(edge.label(), ITALIC, Color.web("#336"));
            label.setX(edge.labelAt().x());
            label.setY(edge.labelAt().y() + 11);
            g.getChildren().add(label);
        }
        return g;
    }

    private static void marks(Group g, EndMarks.Marks marks) {
        for (EndMarks.Stroke s : marks.strokes()) {
            Line line = new Line(s.x1(), s.y1(), s.x2(), s.y2());
            line.setStroke(LINE);
            line.setStrokeWidth(1.2);
            g.getChildren().add(line);
        }
        for (EndMarks.Circle c : marks.circles()) {
            Circle circle = new Circle(c.cx(), c.cy(), c.r(), Color.WHITE);
            circle.setStroke(LINE);
            g.getChildren().add(circle);
        }
    }

    private static Text text(String s, Font font, Color colour) {
        Text t = new Text(s);
        t.setFont(font);
        t.setFill(colour);
        return t;
    }
}
