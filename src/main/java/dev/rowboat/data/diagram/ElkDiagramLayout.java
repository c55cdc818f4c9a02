package dev.rowboat.data.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Places the boxes and routes the lines with Eclipse ELK's layered (Sugiyama) algorithm: boxes in
 * layers along the foreign keys, few crossings, orthogonal lines. The provider is called
 * directly, not looked up by id through ELK's plugin registry, and its options (which ELK must
 * know to copy their defaults) are registered by hand, so nothing depends on ELK's service files
 * surviving the shaded jar.
 */
public final class ElkDiagramLayout {
    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new CoreOptions(), new LayeredMetaDataProvider());
    }

    private ElkDiagramLayout() {
    }

    public static ErDiagram layout(ErDiagram diagram) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(ErDiagram.MARGIN + 20));
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 40.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 20.0);
        root.setProperty(CoreOptions.SPACING_EDGE_EDGE, 12.0);
        root.setProperty(CoreOptions.SPACING_COMPONENT_COMPONENT, 60.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 80.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 24.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (DiagramBox box : diagram.boxes()) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setIdentifier(box.entity());
            node.setDimensions(box.width(), box.height());
            nodes.put(box.entity(), node);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (DiagramEdge edge : diagram.edges()) {
            ElkEdge elkEdge = ElkGraphUtil.createSimpleEdge(nodes.get(edge.from()), nodes.get(edge.to()));
            ElkLabel label = ElkGraphUtil.createLabel(edge.label(), elkEdge);
            label.setDimensions(Math.ceil(TextMeasure.width(edge.label(), false)) + 4, DiagramEdge.LABEL_HEIGHT);
            elkEdges.add(elkEdge);
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());
        List<DiagramBox> boxes = diagram.boxes().stream().map(b -> {
            ElkNode n = nodes.get(b.entity());
            return b.at(n.getX(), n.getY());
        }).toList();
        ErDiagram placed = new ErDiagram(boxes, List.of());
        List<DiagramEdge> edges = new ArrayList<>();
        for (int i = 0; i < diagram.edges().size(); i++) {
            DiagramEdge edge = diagram.edges().get(i);
            List<DiagramPoint> points = points(elkEdges.get(i));
            ElkLabel label = elkEdges.get(i).getLabels().get(0);
            // ELK's own self-loops hug the box too tightly for the crow's-foot marks at both ends
            edges.add(points.size() < 2 || edge.selfLoop()
                    ? edge.routed(SimpleRoutes.between(placed.box(edge.from()).orElseThrow(), placed.box(edge.to()).orElseThrow(), edge))
                    : edge.routed(points, new DiagramPoint(label.getX() + 2, label.getY())));
        }
        return new ErDiagram(boxes, edges);
    }

    private static List<DiagramPoint> points(ElkEdge edge) {
        List<DiagramPoint> points = new ArrayList<>();
        if (edge.getSections().isEmpty()) {
            return points;
        }
        ElkEdgeSection s = edge.getSections().get(0);
        points.add(new DiagramPoint(s.getStartX(), s.getStartY()));
        for (ElkBendPoint b : s.getBendPoints()) {
            points.add(new DiagramPoint(b.getX(), b.getY()));
        }
        points.add(new DiagramPoint(s.getEndX(), s.getEndY()));
        return points;
    }
}
