package dev.rowboat.ui.diagram;

import dev.rowboat.data.diagram.DiagramBox;
import dev.rowboat.data.diagram.ErDiagram;
import dev.rowboat.data.diagram.Neighbourhood;
import dev.rowboat.ui.common.Fxml;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.stage.FileChooser;

/**
 * The ER diagram tab: boxes and lines drawn from the view-model's laid-out diagram. Drag the
 * background (or scroll) to pan, Ctrl+scroll or the buttons to zoom, drag a box to move it,
 * click a box to open its grid.
 */
public final class DiagramView {
    private static final double ZOOM_STEP = 1.2;

    private final DiagramViewModel viewModel;
    private final Parent root;
    @FXML private BorderPane diagramView;
    @FXML private Pane viewport;
    @FXML private Label zoomLabel;
    @FXML private javafx.scene.control.Separator focusSeparator;
    @FXML private Label focusLabel;
    @FXML private ComboBox<String> focusBox;
    @FXML private Label depthLabel;
    @FXML private Spinner<Integer> depthSpinner;
    @FXML private ProgressIndicator diagramBusy;
    @FXML private Label diagramStatus;

    private final Group content = new Group();
    private final Group edgeLayer = new Group();
    private final Group boxLayer = new Group();
    private final Translate pan = new Translate(0, 0);
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Map<String, Node> boxes = new HashMap<>();
    private Point2D panStart;

    public DiagramView(DiagramViewModel viewModel) {
        this.viewModel = viewModel;
        this.root = Fxml.load("/diagram/diagram.fxml", this);
    }

    @FXML
    private void initialize() {
        content.getChildren().setAll(edgeLayer, boxLayer);
        content.getTransforms().setAll(pan, scale);
        viewport.getChildren().add(content);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        scale.xProperty().bind(viewModel.zoomProperty());
        scale.yProperty().bind(viewModel.zoomProperty());
        zoomLabel.textProperty().bind(Bindings.createStringBinding(() -> Math.round(viewModel.zoomProperty().get() * 100) + "%",
                viewModel.zoomProperty()));
        diagramBusy.visibleProperty().bind(viewModel.busyProperty());
        diagramStatus.textProperty().bind(viewModel.statusProperty());
        boolean neighbourhood = viewModel.neighbourhoodOnly();
        for (Node n : List.of(focusSeparator, focusLabel, focusBox, depthLabel, depthSpinner)) {
            n.setVisible(neighbourhood);
            n.setManaged(neighbourhood);
        }
        focusBox.setItems(viewModel.entityNames());
        focusBox.valueProperty().bindBidirectional(viewModel.focusProperty());
        depthSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3, viewModel.depthProperty().get()));
        depthSpinner.valueProperty().addListener((o, old, now) -> viewModel.depthProperty().set(now));
        focusLabel.setTooltip(new javafx.scene.control.Tooltip("Over " + Neighbourhood.WHOLE_SCHEMA_LIMIT
                + " entities: the chosen one and its neighbours"));
        viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> panStart = new Point2D(e.getX() - pan.getX(), e.getY() - pan.getY()));
        viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (panStart != null) {
                pan.setX(e.getX() - panStart.getX());
                pan.setY(e.getY() - panStart.getY());
            }
        });
        viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> panStart = null);
        viewport.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        viewModel.diagramProperty().addListener((o, old, now) -> draw(now));
        viewModel.layout();
    }

    public Parent root() {
        return root;
    }

    public DiagramViewModel viewModel() {
        return viewModel;
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown()) {
            double before = viewModel.zoomProperty().get();
            viewModel.zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
            double ratio = viewModel.zoomProperty().get() / before;
            // the point under the cursor stays under it
            pan.setX(e.getX() - (e.getX() - pan.getX()) * ratio);
            pan.setY(e.getY() - (e.getY() - pan.getY()) * ratio);
        } else {
            pan.setX(pan.getX() + e.getDeltaX());
            pan.setY(pan.getY() + e.getDeltaY());
        }
        e.consume();
    }

    private void draw(ErDiagram diagram) {
        if (diagram == null) {
            return;
        }
        Set<String> shown = diagram.boxes().stream().map(DiagramBox::entity).collect(Collectors.toSet());
        if (!shown.equals(boxes.keySet())) {
            boxes.clear();
            boxLayer.getChildren().clear();
            for (DiagramBox box : diagram.boxes()) {
                Node node = DiagramShapes.box(box);
                handleDrag(node, box.entity());
                boxes.put(box.entity(), node);
                boxLayer.getChildren().add(node);
            }
            javafx.application.Platform.runLater(this::fit); // a new layout is shown whole, once the tab has its size
        }
        for (DiagramBox box : diagram.boxes()) {
            Node node = boxes.get(box.entity());
            node.setLayoutX(box.x()); // not relocate(): a stroke's half pixel would creep into every drag
            node.setLayoutY(box.y());
        }
        edgeLayer.getChildren().setAll(diagram.edges().stream().map(DiagramShapes::edge).toList());
    }

    private void handleDrag(Node node, String entity) {
        Point2D[] grab = new Point2D[1];
        boolean[] moved = new boolean[1];
        node.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D at = content.sceneToLocal(e.getSceneX(), e.getSceneY());
            grab[0] = new Point2D(at.getX() - node.getLayoutX(), at.getY() - node.getLayoutY());
            moved[0] = false;
            node.toFront(); // a dragged box passes over the others
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            if (grab[0] == null) {
                return;
            }
            Point2D at = content.sceneToLocal(e.getSceneX(), e.getSceneY());
            moved[0] = true;
            viewModel.dragBox(entity, at.getX() - grab[0].getX(), at.getY() - grab[0].getY());
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            if (grab[0] != null && moved[0]) {
                viewModel.dropBox(entity, node.getLayoutX(), node.getLayoutY());
            }
            grab[0] = null;
            e.consume();
        });
        node.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                viewModel.open(entity);
            }
            e.consume();
        });
    }

    @FXML
    private void zoomIn() {
        viewModel.zoomBy(ZOOM_STEP);
    }

    @FXML
    private void zoomOut() {
        viewModel.zoomBy(1 / ZOOM_STEP);
    }

    /** Zooms so the whole diagram shows (never above 100%), from its top left corner. */
    @FXML
    private void fit() {
        ErDiagram diagram = viewModel.diagramProperty().get();
        if (diagram == null || viewport.getWidth() <= 0) {
            return;
        }
        double zoom = Math.min(1, Math.min(viewport.getWidth() / diagram.width(), viewport.getHeight() / diagram.height()));
        viewModel.zoomProperty().set(Math.max(DiagramViewModel.MIN_ZOOM, zoom));
        pan.setX(0);
        pan.setY(0);
    }

    @FXML
    private void resetLayout() {
        viewModel.resetLayout();
    }

    @FXML
    private void exportPng() {
        export("PNG image", "*.png", "diagram.png");
    }

    @FXML
    private void exportSvg() {
        export("SVG drawing", "*.svg", "diagram.svg");
    }

    private void export(String what, String pattern, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the diagram");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        chooser.setInitialFileName(name);
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            viewModel.export(file.toPath());
        }
    }
}
