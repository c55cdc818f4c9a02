package dev.rowboat.data.diagram;

import java.util.List;
import java.util.Locale;

/** Writes a laid-out diagram as a standalone SVG document. */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static String write(ErDiagram diagram) {
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(n(diagram.width())).append("\" height=\"")
                .append(n(diagram.height())).append("\" viewBox=\"0 0 ").append(n(diagram.width())).append(' ')
                .append(n(diagram.height())).append("\" font-family=\"").append(TextMeasure.FONT_FAMILY.equals("SansSerif")
                        ? "sans-serif" : TextMeasure.FONT_FAMILY).append("\" font-size=\"").append(TextMeasure.FONT_SIZE).append("\">\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (DiagramEdge edge : diagram.edges()) {
            edge(svg, edge);
        }
        for (DiagramBox box : diagram.boxes()) {
            box(svg, box);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, DiagramEdge edge) {
        svg.append("<g class=\"relationship ").append(edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" data-from=\"").append(escape(edge.from())).append("\" data-to=\"").append(escape(edge.to())).append("\">\n");
        svg.append("<title>").append(escape(edge.from() + " " + edge.label() + " → " + edge.to()
                + (edge.via() != null ? " via " + edge.via() : ""))).append("</title>\n");
        StringBuilder d = new StringBuilder();
        List<DiagramPoint> points = edge.points();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : " L").append(n(points.get(i).x())).append(' ').append(n(points.get(i).y()));
        }
        svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"#555\" stroke-width=\"1.2\"/>\n");
        marks(svg, EndMarks.atStart(edge));
        marks(svg, EndMarks.atEnd(edge));
        if (edge.labelAt() != null) {
            svg.append("<text x=\"").append(n(edge.labelAt().x())).append("\" y=\"").append(n(edge.labelAt().y() + DiagramEdge.LABEL_HEIGHT - 3))
                    .append("\" fill=\"#336\" font-style=\"italic\">").append(escape(edge.label())).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static void marks(StringBuilder svg, EndMarks.Marks marks) {
        for (EndMarks.Stroke s : marks.strokes()) {
            svg.append("<line x1=\"").append(n(s.x1())).append("\" y1=\"").append(n(s.y1())).append("\" x2=\"").append(n(s.x2()))
                    .append("\" y2=\"").append(n(s.y2())).append("\" stroke=\"#555\" stroke-width=\"1.2\"/>\n");
        }
        for (EndMarks.Circle c : marks.circles()) {
            svg.append("<circle cx=\"").append(n(c.cx())).append("\" cy=\"").append(n(c.cy())).append("\" r=\"").append(n(c.r()))
                    .append("\" fill=\"white\" stroke=\"#555\" stroke-width=\"1.2\"/>\n");
        }
    }

    private static void box(StringBuilder svg, DiagramBox box) {
        svg.append("<g class=\"entity\" data-entity=\"").append(escape(box.entity())).append("\">\n");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.width()))
                .append("\" height=\"").append(n(box.height())).append("\" rx=\"4\" fill=\"#fdfdfd\" stroke=\"#345\" stroke-width=\"1.2\"/>\n");
        svg.append("<rect x=\"").append(n(box.x())).append("\" y=\"").append(n(box.y())).append("\" width=\"").append(n(box.width()))
                .append("\" height=\"").append(n(BoxMetrics.TITLE_HEIGHT)).append("\" rx=\"4\" fill=\"#dde6f0\" stroke=\"#345\" stroke-width=\"1.2\"/>\n");
        svg.append("<text x=\"").append(n(box.centreX())).append("\" y=\"").append(n(box.y() + BoxMetrics.titleBaseline()))
                .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(escape(box.title())).append("</text>\n");
        for (int i = 0; i < box.rows().size(); i++) {
            DiagramRow row = box.rows().get(i);
            double y = box.y() + BoxMetrics.rowBaseline(i);
            if (!row.mark().isEmpty()) {
                svg.append("<text x=\"").append(n(box.x() + BoxMetrics.PADDING)).append("\" y=\"").append(n(y))
                        .append("\" font-size=\"9\" fill=\"").append(row.key() ? "#a60" : "#369").append("\">").append(row.mark()).append("</text>\n");
            }
            svg.append("<text x=\"").append(n(box.x() + BoxMetrics.PADDING + BoxMetrics.MARK_WIDTH)).append("\" y=\"").append(n(y)).append('"')
                    .append(row.key() ? " font-weight=\"bold\"" : "").append('>').append(escape(row.name())).append("</text>\n");
            svg.append("<text x=\"").append(n(box.x() + box.width() - BoxMetrics.PADDING)).append("\" y=\"").append(n(y))
                    .append("\" text-anchor=\"end\" fill=\"#666\">").append(escape(row.type())).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static String n(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values: the five characters XML gives meaning to, and no control characters XML 1.0 forbids. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? '?' : c);
            }
        }
        return out.toString();
    }
}
