package dev.rowboat.ui.diagram;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.diagram.DiagramBox;
import dev.rowboat.data.diagram.DiagramExport;
import dev.rowboat.data.diagram.DiagramPoint;
import dev.rowboat.data.diagram.DiagramPositions;
import dev.rowboat.data.diagram.ElkDiagramLayout;
import dev.rowboat.data.diagram.ErDiagram;
import dev.rowboat.data.diagram.ErDiagramBuilder;
import dev.rowboat.data.diagram.Neighbourhood;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ER diagram of the open database: laid out in the background, the whole schema up to
 * {@value Neighbourhood#WHOLE_SCHEMA_LIMIT} entities, else the chosen entity's neighbourhood;
 * boxes the person drags are remembered per database; export as PNG or SVG.
 */
public final class DiagramViewModel {
    public static final double MIN_ZOOM = 0.2;
    public static final double MAX_ZOOM = 3;

    private final EntityCatalog catalog;
    private final TaskExecutor executor;
    private final DiagramPositions positions;
    private final Notifier notifier;
    private final Map<String, DiagramPoint> placed = new LinkedHashMap<>();
    private final ObjectProperty<ErDiagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final ObservableList<String> entityNames = FXCollections.observableArrayList();
    private final StringProperty focus = new SimpleStringProperty(this, "focus");
    private final IntegerProperty depth = new SimpleIntegerProperty(this, "depth", 1);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private Consumer<String> onOpenEntity = entity -> { };

    public DiagramViewModel(EntityCatalog catalog, TaskExecutor executor, DiagramPositions positions, Notifier notifier) {
        this(catalog, null, executor, positions, notifier);
    }

    /** @param around the entity a large schema's diagram starts around; null (or not an entity) for the first */
    public DiagramViewModel(EntityCatalog catalog, String around, TaskExecutor executor, DiagramPositions positions, Notifier notifier) {
        this.catalog = catalog;
        this.executor = executor;
        this.positions = positions;
        this.notifier = notifier;
        entityNames.setAll(catalog.entities().stream().map(EntityInfo::name).sorted(String.CASE_INSENSITIVE_ORDER).toList());
        if (neighbourhoodOnly()) {
            focus.set(around != null && catalog.find(around).isPresent() ? around : catalog.entities().get(0).name());
        }
        focus.addListener((o, old, now) -> layout());
        depth.addListener((o, old, now) -> layout());
    }

    /** Whether the schema is too large to show whole: the view shows the focus entity and its neighbours. */
    public boolean neighbourhoodOnly() {
        return catalog.entities().size() > Neighbourhood.WHOLE_SCHEMA_LIMIT;
    }

    /** Lays the diagram out in the background, the remembered places applied. */
    public void layout() {
        busy.set(true);
        String around = focus.get();
        int steps = depth.get();
        executor.submit("Lay out the diagram", cancel -> {
            Map<String, DiagramPoint> kept = positions.load();
            ErDiagram whole = ErDiagramBuilder.of(catalog);
            ErDiagram shown = neighbourhoodOnly() && around != null ? Neighbourhood.around(whole, around, steps) : whole;
            return new Laid(ElkDiagramLayout.layout(shown), kept);
        }, laid -> {
            busy.set(false);
            placed.clear();
            placed.putAll(laid.kept());
            Map<String, DiagramPoint> here = new LinkedHashMap<>(laid.kept());
            here.keySet().retainAll(laid.diagram().boxes().stream().map(DiagramBox::entity).toList());
            diagram.set(laid.diagram().withBoxesAt(here));
            status.set(diagram.get().boxes().size() + " entities, " + diagram.get().edges().size() + " relationships"
                    + (neighbourhoodOnly() ? " around " + around + " (of " + catalog.entities().size() + ")" : ""));
        }, e -> {
            busy.set(false);
            notifier.error("Diagram", "Could not lay out the diagram: " + DatabaseException.reasonOf(e), e);
        });
    }

    private record Laid(ErDiagram diagram, Map<String, DiagramPoint> kept) {
    }

    /** A box being dragged: its lines follow. */
    public void dragBox(String entity, double x, double y) {
        diagram.set(diagram.get().withBoxAt(entity, x, y));
    }

    /** A box dropped: its place is remembered for this database. */
    public void dropBox(String entity, double x, double y) {
        dragBox(entity, x, y);
        DiagramBox box = diagram.get().box(entity).orElseThrow();
        placed.put(entity, new DiagramPoint(box.x(), box.y()));
        Map<String, DiagramPoint> toKeep = Map.copyOf(placed);
        executor.submit("Remember the diagram's layout", cancel -> {
            positions.save(toKeep);
            return toKeep;
        }, kept -> { }, e -> status.set("Could not remember the layout: " + DatabaseException.reasonOf(e)));
    }

    /** Forgets the places the person chose and lays the diagram out afresh. */
    public void resetLayout() {
        placed.clear();
        executor.submit("Forget the diagram's layout", cancel -> {
            positions.save(Map.of());
            return true;
        }, done -> layout(), e -> notifier.error("Diagram", DatabaseException.reasonOf(e), e));
    }

    /** A click on a box: the window opens the entity's grid. */
    public void open(String entity) {
        onOpenEntity.accept(entity);
    }

    public void setOnOpenEntity(Consumer<String> onOpenEntity) {
        this.onOpenEntity = onOpenEntity;
    }

    /** Writes the diagram as shown (SVG or PNG by the file's name) in the background. */
    public void export(Path file) {
        ErDiagram shown = diagram.get();
        if (shown == null) {
            return;
        }
        executor.submit("Export the diagram", cancel -> {
            DiagramExport.write(shown, file);
            return file;
        }, written -> status.set("Wrote " + written), e -> notifier.error("Export", DatabaseException.reasonOf(e), e));
    }

    public void zoomBy(double factor) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom.get() * factor)));
    }

    public ReadOnlyObjectProperty<ErDiagram> diagramProperty() {
        return diagram;
    }

    public ObservableList<String> entityNames() {
        return entityNames;
    }

    public StringProperty focusProperty() {
        return focus;
    }

    public IntegerProperty depthProperty() {
        return depth;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
