package dev.rowboat.ui.main;

import dev.rowboat.data.settings.WindowBounds;
import dev.rowboat.data.settings.WindowLayout;
import dev.rowboat.ui.relations.Place;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Takes the main window's layout from its controls and puts it back: the stage's bounds, the main
 * split's dividers, the theme, the grids' column widths and which grids are open. What to keep
 * and when is {@link LayoutViewModel}'s; this only reads and sets controls.
 */
final class WindowLayoutView {
    private final LayoutViewModel layout;
    private final Region root;
    private final SplitPane split;
    private final CheckMenuItem darkTheme;
    private final TabPane tabs;
    private final ObservableList<EntitySummary> entities;
    private final Consumer<EntitySummary> showEntity;
    /** Opens a kept layout's grids once the database's entities are listed. */
    private ListChangeListener<EntitySummary> waitingForEntities;

    /** @param showEntity opens an entity's grid, or brings it forward */
    WindowLayoutView(LayoutViewModel layout, Region root, SplitPane split, CheckMenuItem darkTheme, TabPane tabs,
                     ObservableList<EntitySummary> entities, Consumer<EntitySummary> showEntity) {
        this.layout = layout;
        this.root = root;
        this.split = split;
        this.darkTheme = darkTheme;
        this.tabs = tabs;
        this.entities = entities;
        this.showEntity = showEntity;
    }

    /** The window goes from one database to another (either may be null): the old one's layout is kept, the new one's read. */
    void switchDatabase(String from, String to) {
        if (waitingForEntities != null) {
            entities.removeListener(waitingForEntities); // the grids of a database left before it was listed
            waitingForEntities = null;
        }
        if (from != null) {
            layout.leave(capture());
        }
        if (to != null) {
            layout.show(to, this::apply);
        }
    }

    /** A grid opened: its columns take the widths remembered for the entity, and report the ones it gets. */
    void gridOpened(String entity, TableView<?> table) {
        var widths = layout.widthsOf(entity);
        for (TableColumn<?, ?> column : table.getColumns()) {
            String id = column.getId();
            if (id == null) {
                continue;
            }
            Double width = widths.get(id);
            if (width != null) {
                column.setPrefWidth(width);
            }
            column.widthProperty().addListener((o, old, now) -> layout.columnResized(entity, id, now.doubleValue()));
        }
    }

    WindowLayout capture() {
        Stage stage = stage();
        WindowBounds bounds = stage == null ? null
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        List<Double> dividers = Arrays.stream(split.getDividerPositions()).boxed().toList();
        List<String> open = tabs.getTabs().stream().map(WindowLayoutView::entityOf).filter(Objects::nonNull).toList();
        return new WindowLayout(darkTheme.isSelected(), bounds, dividers, null, open, entityOf(tabs.getSelectionModel().getSelectedItem()));
    }

    private void apply(WindowLayout saved) {
        darkTheme.setSelected(saved.dark());
        Stage stage = stage();
        if (stage != null && saved.window() != null) {
            WindowBounds where = LayoutViewModel.visible(saved.window(),
                    Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
            stage.setX(where.x());
            stage.setY(where.y());
            stage.setWidth(where.width());
            stage.setHeight(where.height());
            stage.setMaximized(where.maximized());
        }
        if (saved.dividers().size() == split.getDividers().size()) {
            split.setDividerPositions(saved.dividers().stream().mapToDouble(Double::doubleValue).toArray());
        }
        whenListed(() -> {
            saved.openTabs().forEach(this::show);
            if (saved.selectedTab() != null && saved.openTabs().contains(saved.selectedTab())) {
                show(saved.selectedTab());
            }
        });
    }

    /** Runs once the database's entities are listed: a layout may be read before they are. */
    private void whenListed(Runnable then) {
        if (!entities.isEmpty()) {
            then.run();
            return;
        }
        waitingForEntities = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends EntitySummary> c) {
                if (!entities.isEmpty()) {
                    entities.removeListener(this);
                    waitingForEntities = null;
                    then.run();
                }
            }
        };
        entities.addListener(waitingForEntities);
    }

    /** Opens an entity's grid by name; nothing when the database has no such entity (any more). */
    private void show(String entity) {
        entities.stream().filter(e -> e.name().equals(entity)).findFirst().ifPresent(showEntity);
    }

    /** The entity of a tab with an entity's whole grid; null for other tabs (a scoped grid, a console, the diagram). */
    private static String entityOf(Tab tab) {
        return tab != null && tab.getUserData() instanceof Place place && place.scope() == null ? place.entity() : null;
    }

    private Stage stage() {
        return root.getScene() != null && root.getScene().getWindow() instanceof Stage stage ? stage : null;
    }
}
