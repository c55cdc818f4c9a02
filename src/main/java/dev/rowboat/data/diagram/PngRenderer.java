package dev.rowboat.data.diagram;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Renders a laid-out diagram with Java2D, which runs headless: the command line needs no JavaFX toolkit. */
public final class PngRenderer {
    private static final Color LINE = new Color(0x55, 0x55, 0x55);
    private static final Color BORDER = new Color(0x33, 0x44, 0x55);
    private static final Color TITLE = new Color(0xdd, 0xe6, 0xf0);

    private PngRenderer() {
    }

    public static BufferedImage render(ErDiagram diagram) {
        int width = (int) Math.max(1, diagram.width());
        int height = (int) Math.max(1, diagram.height());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setStroke(new BasicStroke(1.2f));
            diagram.edges().forEach(e -> edge(g, e));
            diagram.boxes().forEach(b -> box(g, b));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void edge(Graphics2D g, DiagramEdge edge) {
        g.setColor(LINE);
        Path2D path = new Path2D.Double();
        List<DiagramPoint> points = edge.points();
        path.moveTo(points.get(0).x(), points.get(0).y());
        points.stream().skip(1).forEach(p -> path.lineTo(p.x(), p.y()));
        g.draw(path);
        marks(g, EndMarks.atStart(edge));
        marks(g, EndMarks.atEnd(edge));
        if (edge.labelAt() != null) {
            g.setFont(TextMeasure.font(false).deriveFont(java.awt.Font.ITALIC));
            g.setColor(new Color(0x33, 0x33, 0x66));
            g.drawString(edge.label(), (float) edge.labelAt().x(), (float) (edge.labelAt().y() + DiagramEdge.LABEL_HEIGHT - 3));
        }
    }

    private static void marks(Graphics2D g, EndMarks.Marks marks) {
        g.setColor(LINE);
        marks.strokes().forEach(s -> g.draw(new Line2D.Double(s.x1(), s.y1(), s.x2(), s.y2())));
        for (EndMarks.Circle c : marks.circles()) {
            Ellipse2D circle = new Ellipse2D.Double(c.cx() - c.r(), c.cy() - c.r(), 2 * c.r(), 2 * c.r());
            g.setColor(Color.WHITE);
            g.fill(circle);
            g.setColor(LINE);
            g.draw(circle);
        }
    }

    private static void box(Graphics2D g, DiagramBox box) {
        RoundRectangle2D outline = new RoundRectangle2D.Double(box.x(), box.y(), box.width(), box.height(), 8, 8);
        g.setColor(new Color(0xfd, 0xfd, 0xfd));
        g.fill(outline);
        g.setColor(TITLE);
        g.fill(new RoundRectangle2D.Double(box.x(), box.y(), box.width(), BoxMetrics.TITLE_HEIGHT, 8, 8));
        g.setColor(BORDER);
        g.draw(outline);
        g.draw(new Line2D.Double(box.x(), box.y() + BoxMetrics.TITLE_HEIGHT, box.x() + box.width(), box.y() + BoxMetrics.TITLE_HEIGHT));
        g.setFont(TextMeasure.font(true));
        g.setColor(Color.BLACK);
        int titleWidth = g.getFontMetrics().stringWidth(box.title());
        g.drawString(box.title(), (float) (box.centreX() - titleWidth / 2.0), (float) (box.y() + BoxMetrics.titleBaseline()));
        for (int i = 0; i < box.rows().size(); i++) {
            DiagramRow row = box.rows().get(i);
            float y = (float) (box.y() + BoxMetrics.rowBaseline(i));
            if (!row.mark().isEmpty()) {
                g.setFont(TextMeasure.font(false).deriveFont(9f));
                g.setColor(row.key() ? new Color(0xaa, 0x66, 0x00) : new Color(0x33, 0x66, 0x99));
                g.drawString(row.mark(), (float) (box.x() + BoxMetrics.PADDING), y);
            }
            g.setFont(TextMeasure.font(row.key()));
            g.setColor(Color.BLACK);
            g.drawString(row.name(), (float) (box.x() + BoxMetrics.PADDING + BoxMetrics.MARK_WIDTH), y);
            g.setFont(TextMeasure.font(false));
            g.setColor(new Color(0x66, 0x66, 0x66));
            int typeWidth = g.getFontMetrics().stringWidth(row.type());
            g.drawString(row.type(), (float) (box.x() + box.width() - BoxMetrics.PADDING - typeWidth), y);
        }
    }
}
