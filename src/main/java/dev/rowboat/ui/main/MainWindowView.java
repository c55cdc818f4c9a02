package dev.rowboat.ui.main;

import dev.rowboat.ui.common.Icons;
import dev.rowboat.ui.common.Theme;
import dev.rowboat.ui.connect.ConnectDialog;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.relations.NavigationHistory;
import dev.rowboat.ui.relations.Place;
import dev.rowboat.ui.grid.EntityTableView;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Controller of the main window: entity list on the left, a grid tab per entity, status bar. */
public final class MainWindowView {
    private static final String SAVE_TIP = "Write all pending changes in one transaction (Ctrl+S)";
    private final MainWindowViewModel viewModel;
    private final Supplier<ConnectDialog> connectDialog;

    @FXML private BorderPane mainRoot;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private ListView<EntitySummary> entityList;
    @FXML private TabPane entityTabs;
    @FXML private VBox welcomePane;
    @FXML private HBox statusBar;
    @FXML private Label statusLabel;
    @FXML private Label serverLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Menu recentMenu;
    @FXML private Menu schemaMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private javafx.scene.control.SplitPane mainSplit;
    private WindowLayoutView layout;
    @FXML private Button openButton;
    @FXML private Button reloadButton;
    @FXML private Button saveButton;
    @FXML private Button discardButton;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button previewSqlButton;
    @FXML private MenuItem undoMenuItem;
    @FXML private MenuItem redoMenuItem;
    @FXML private MenuItem saveMenuItem;
    @FXML private MenuItem discardMenuItem;
    @FXML private Label pendingLabel;
    @FXML private Label productionBadge;
    @FXML private Label readOnlyBadge;
    @FXML private Label changesMessage;
    private final java.util.Map<Tab, EntityTableView> grids = new java.util.HashMap<>();
    private final java.util.Map<Tab, String> tabEntities = new java.util.HashMap<>();
    private final NavigationHistory history = new NavigationHistory();
    @FXML private HBox breadcrumbs;
    @FXML private javafx.scene.layout.StackPane relationsHolder;
    @FXML private Button navBack;
    @FXML private Button navForward;

    private final dev.rowboat.ui.migrate.MigrationPanels migrationPanels;
    private dev.rowboat.ui.migrate.MigrationTab migrationTab;
    /** Console tabs outlive the database being opened again after a schema change: they read through the window. */
    private final java.util.Set<Tab> consoleTabs = new java.util.HashSet<>();
    private int consoles;

    public MainWindowView(MainWindowViewModel viewModel, Supplier<ConnectDialog> connectDialog,
                          dev.rowboat.ui.migrate.MigrationPanels migrationPanels) {
        this.viewModel = viewModel;
        this.connectDialog = connectDialog;
        this.migrationPanels = migrationPanels;
    }

    @FXML
    private void initialize() {
        migrationTab = new dev.rowboat.ui.migrate.MigrationTab(entityTabs, migrationPanels);
        entityList.setItems(viewModel.entities());
        entityList.setCellFactory(list -> new EntityListCell(this::showEntity));
        entityList.setContextMenu(entityMenu());
        entityList.getSelectionModel().selectedItemProperty().addListener((o, old, summary) -> {
            if (summary != null) {
                showEntity(summary);
            }
        });
        viewModel.schemas().addListener((javafx.collections.ListChangeListener<String>) c -> buildSchemaMenu());
        viewModel.schemaProperty().addListener((o, old, now) -> buildSchemaMenu());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        serverLabel.textProperty().bind(viewModel.serverProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        busyIndicator.managedProperty().bind(viewModel.busyProperty());
        busyIndicator.progressProperty().bind(viewModel.progressProperty());
        layout = new WindowLayoutView(viewModel.layout(), mainRoot, mainSplit, darkThemeItem, entityTabs, viewModel.entities(), this::showEntity);
        viewModel.databaseProperty().addListener((o, old, db) -> {
            if (db == null || !viewModel.reopened()) {
                // before the tabs close: they are part of the layout kept for the database left
                layout.switchDatabase(old == null ? null : old.spec().displayUrl(), db == null ? null : db.spec().displayUrl());
            }
            if (viewModel.reopened()) {
                // the same database after a migration: its grids were closed, the migration panel stays
                entityTabs.getTabs().removeIf(tab -> !migrationTab.is(tab) && !consoleTabs.contains(tab));
                return;
            }
            entityTabs.getTabs().clear();
            consoleTabs.clear();
            history.clear();
        });
        relationsHolder.getChildren().add(new dev.rowboat.ui.relations.RelationsPanelView(viewModel.relations(), this::follow).root());
        viewModel.relations().setOnCreated(place -> follow(viewModel.relations().from(), place));
        entityTabs.getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> showRelationsOf(tab));
        navBack.disableProperty().bind(history.canGoBackProperty().not());
        navForward.disableProperty().bind(history.canGoForwardProperty().not());
        navBack.setGraphic(Icons.view("go-previous"));
        navForward.setGraphic(Icons.view("go-next"));
        history.trail().addListener((javafx.collections.ListChangeListener<Place>) c -> fillBreadcrumbs());
        welcomePane.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(entityTabs.getTabs()));
        viewModel.recentUrls().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecentMenu());
        fillRecentMenu();
        openButton.setGraphic(Icons.view("document-open"));
        reloadButton.setGraphic(Icons.view("refresh"));
        darkThemeItem.selectedProperty().addListener((o, was, dark) -> Theme.apply(mainRoot.getScene(), dark));
        undoButton.setGraphic(Icons.view("edit-undo"));
        redoButton.setGraphic(Icons.view("edit-redo"));
        saveButton.setGraphic(Icons.view("document-save"));
        bindMarks();
        viewModel.changesProperty().addListener((o, old, changes) -> bindChanges(changes));
        bindChanges(viewModel.changesProperty().get());
        entityTabs.getTabs().addListener((javafx.collections.ListChangeListener<Tab>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(grids::remove);
                c.getRemoved().forEach(tabEntities::remove);
            }
        });
        mainRoot.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((w, oldWindow, window) -> {
                    if (window != null) {
                        window.setOnCloseRequest(e -> {
                            if (!viewModel.confirmDiscard("Quit")) {
                                e.consume();
                            }
                        });
                    }
                });
            }
        });
    }

    /** A production connection frames the window and shows a badge; a read-only one says so in the status bar. */
    private void bindMarks() {
        ConnectionMarks marks = viewModel.marks();
        for (Label badge : new Label[] {productionBadge, readOnlyBadge}) {
            badge.managedProperty().bind(badge.visibleProperty());
        }
        productionBadge.visibleProperty().bind(marks.productionProperty());
        readOnlyBadge.visibleProperty().bind(marks.readOnlyProperty());
        marks.productionProperty().addListener((o, was, production) -> frame(production));
        frame(marks.productionProperty().get());
    }

    private void frame(boolean production) {
        mainRoot.getStyleClass().remove("production-frame");
        if (production) {
            mainRoot.getStyleClass().add("production-frame");
        }
    }

    /** Connection-wide controls follow the open connection's unit of work. */
    private void bindChanges(ChangesViewModel changes) {
        boolean none = changes == null;
        for (var button : new Button[] {saveButton, discardButton, undoButton, redoButton, previewSqlButton}) {
            button.disableProperty().unbind();
        }
        pendingLabel.textProperty().unbind();
        changesMessage.textProperty().unbind();
        if (none) {
            for (var button : new Button[] {saveButton, discardButton, undoButton, redoButton, previewSqlButton}) {
                button.setDisable(true);
            }
            pendingLabel.setText("");
            changesMessage.setText("");
            return;
        }
        var nothingPending = changes.pending().countProperty().isEqualTo(0);
        // nothing can be pending on a read-only connection; Save says it is off all the same
        javafx.beans.value.ObservableBooleanValue cannotSave = changes.readOnly() ? javafx.beans.binding.Bindings.createBooleanBinding(() -> true)
                : nothingPending.or(changes.savingProperty());
        saveButton.disableProperty().bind(cannotSave);
        dev.rowboat.ui.common.Tips.set(saveButton, changes.readOnly() ? dev.rowboat.ui.common.WriteGuard.READ_ONLY + ": nothing can be saved"
                : SAVE_TIP);
        discardButton.disableProperty().bind(nothingPending.or(changes.savingProperty()));
        previewSqlButton.disableProperty().bind(nothingPending);
        undoButton.disableProperty().bind(changes.undoStack().canUndoProperty().not().or(changes.savingProperty()));
        redoButton.disableProperty().bind(changes.undoStack().canRedoProperty().not().or(changes.savingProperty()));
        saveMenuItem.disableProperty().bind(saveButton.disableProperty());
        discardMenuItem.disableProperty().bind(discardButton.disableProperty());
        undoMenuItem.disableProperty().bind(undoButton.disableProperty());
        redoMenuItem.disableProperty().bind(redoButton.disableProperty());
        undoMenuItem.textProperty().bind(changes.undoStack().undoTextProperty());
        redoMenuItem.textProperty().bind(changes.undoStack().redoTextProperty());
        pendingLabel.textProperty().bind(changes.summaryProperty());
        changesMessage.textProperty().bind(changes.messageProperty());
        changes.pending().revisionProperty().addListener((o, old, n) -> retitleTabs(changes));
        changes.setConflictResolver(new dev.rowboat.ui.edit.ConflictDialog(mainRoot.getScene() == null ? null : mainRoot.getScene().getWindow()));
        changes.setOnSchemaChanged(this::schemaChanged);
        changes.setOnSaved(() -> {
            grids.values().forEach(grid -> grid.viewModel().reloadInPlace());
            viewModel.refreshEntities();
        });
    }

    private void retitleTabs(ChangesViewModel changes) {
        for (Tab tab : entityTabs.getTabs()) {
            if (!(tab.getUserData() instanceof Place)) {
                continue;
            }
            String title = titleOf((Place) tab.getUserData());
            long n = changes.pending().countFor(tabEntities.get(tab));
            tab.setText(n == 0 ? title : title + " • " + n);
        }
    }

    private java.util.Optional<EntityTableView> currentGrid() {
        Tab tab = entityTabs.getSelectionModel().getSelectedItem();
        return java.util.Optional.ofNullable(tab == null ? null : grids.get(tab));
    }

    /** Database › Schema: the open PostgreSQL database's schemas, the shown one checked. */
    private void buildSchemaMenu() {
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        schemaMenu.getItems().setAll(viewModel.schemas().stream().map(name -> {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(name);
            item.setId("schema-" + name);
            item.setToggleGroup(group);
            item.setSelected(name.equals(viewModel.schemaProperty().get()));
            item.setOnAction(e -> viewModel.chooseSchema(name));
            return (MenuItem) item;
        }).toList());
        schemaMenu.setDisable(viewModel.schemas().size() < 2);
    }

    /** File › Export rows…: the shown grid's rows, as filtered and sorted. */
    @FXML
    private void exportRows() {
        currentGrid().ifPresentOrElse(EntityTableView::openExport,
                () -> viewModel.statusProperty().set("Open an entity's grid first: Export writes the rows of the grid shown."));
    }

    /** Query › New console: a console tab on the open database. */
    @FXML
    private void openConsole() {
        if (viewModel.databaseProperty().get() == null) {
            viewModel.statusProperty().set(viewModel.busyProperty().get() ? "The database is still opening; open the console once it is listed."
                    : "Open a database first: the console runs on it.");
            return;
        }
        var console = new dev.rowboat.ui.console.ConsoleView(viewModel.newConsole(this::schemaChanged),
                () -> viewModel.databaseProperty().get().catalog(), this::follow);
        consoles++;
        Tab tab = new Tab(consoles == 1 ? "Console" : "Console " + consoles, console.root());
        tab.setId("console-tab-" + consoles);
        consoleTabs.add(tab);
        tab.setOnClosed(e -> consoleTabs.remove(tab));
        entityTabs.getTabs().add(tab);
        entityTabs.getSelectionModel().select(tab);
        javafx.application.Platform.runLater(console.editor()::requestFocus);
    }

    /** View › Diagram: the ER diagram of the open database in a tab (one: chosen again, it is selected); a click on a box opens its grid. */
    @FXML
    private void openDiagram() {
        if (viewModel.databaseProperty().get() == null) {
            viewModel.statusProperty().set("Open a database first: the diagram shows its entities.");
            return;
        }
        var open = entityTabs.getTabs().stream().filter(t -> "diagram-tab".equals(t.getId())).findFirst();
        if (open.isPresent()) {
            entityTabs.getSelectionModel().select(open.get());
            return;
        }
        EntitySummary selected = entityList.getSelectionModel().getSelectedItem();
        var diagram = new dev.rowboat.ui.diagram.DiagramView(viewModel.newDiagram(selected == null ? null : selected.name(),
                entity -> viewModel.entities().stream().filter(e -> e.name().equals(entity)).findFirst().ifPresent(this::showEntity)));
        Tab tab = new Tab("Diagram", diagram.root());
        tab.setId("diagram-tab");
        entityTabs.getTabs().add(tab);
        entityTabs.getSelectionModel().select(tab);
    }

    @FXML
    private void openMigrations() {
        migrationTab.open(viewModel.databaseProperty().get(), this::schemaChanged);
    }

    /** A migration changed tables and columns: grids built for the old schema close, the entity list is read again. */
    private void schemaChanged() {
        entityTabs.getTabs().removeIf(grids::containsKey);
        viewModel.reopenAfterSchemaChange();
    }

    @FXML
    private void save() {
        java.util.Optional.ofNullable(viewModel.changesProperty().get()).ifPresent(ChangesViewModel::save);
    }

    @FXML
    private void discard() {
        ChangesViewModel changes = viewModel.changesProperty().get();
        if (changes != null && changes.hasChanges() && viewModel.confirmDiscard("Discard")) {
            changes.discard();
        }
    }

    @FXML
    private void undo() {
        java.util.Optional.ofNullable(viewModel.changesProperty().get()).ifPresent(ChangesViewModel::undo);
    }

    @FXML
    private void redo() {
        java.util.Optional.ofNullable(viewModel.changesProperty().get()).ifPresent(ChangesViewModel::redo);
    }

    @FXML
    private void previewSql() {
        ChangesViewModel changes = viewModel.changesProperty().get();
        if (changes != null) {
            dev.rowboat.ui.edit.SqlPreviewDialog.show(mainRoot.getScene().getWindow(), changes.previewSql());
        }
    }

    @FXML
    private void addRow() {
        currentGrid().ifPresent(EntityTableView::addRow);
    }

    /** File › Import rows: a file chosen for the current grid's entity, previewed before its rows become pending edits. */
    @FXML
    private void importRows() {
        var grid = currentGrid();
        if (grid.isEmpty() || !grid.get().viewModel().editing().mayChangeRows()) {
            viewModel.statusProperty().set(grid.isEmpty() ? "Open the grid of the entity to import into first."
                    : "This grid's rows cannot be changed, so nothing can be imported into it.");
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle("Import into " + grid.get().viewModel().entity().name());
        chooser.getExtensionFilters().setAll(new javafx.stage.FileChooser.ExtensionFilter("CSV or JSON", "*.csv", "*.tsv", "*.txt",
                "*.json", "*.jsonl", "*.ndjson"), new javafx.stage.FileChooser.ExtensionFilter("All files", "*"));
        java.io.File file = chooser.showOpenDialog(mainRoot.getScene().getWindow());
        if (file != null) {
            new dev.rowboat.ui.transfer.ImportDialog(viewModel.newImport(grid.get().viewModel().entity()))
                    .show(mainRoot.getScene().getWindow(), file.toPath());
        }
    }

    @FXML
    private void duplicateRow() {
        currentGrid().ifPresent(EntityTableView::duplicateSelected);
    }

    @FXML
    private void openDatabase() {
        connectDialog.get().show();
    }

    /** Help › Open log folder: the data folder's logs, in the desktop's file manager. */
    @FXML
    private void openLogFolder() {
        viewModel.openLogFolder();
    }

    /** View › Refresh (F5): the entity list and its counts read again, and the grid in front with its count. */
    @FXML
    private void refresh() {
        viewModel.refresh(currentGrid().map(EntityTableView::viewModel).orElse(null));
    }

    /** Edit › Find in grid (Ctrl+F): the find bar of the grid in front. */
    @FXML
    private void find() {
        currentGrid().ifPresentOrElse(EntityTableView::openFind,
                () -> viewModel.statusProperty().set("Open an entity's grid first: Find looks in the grid shown."));
    }

    @FXML
    private void showShortcuts() {
        new dev.rowboat.ui.help.ShortcutsDialog(dev.rowboat.ui.help.Shortcuts.of(menuBar), mainRoot.getScene().getWindow()).show();
    }

    @FXML
    private void showAbout() {
        new dev.rowboat.ui.help.AboutDialog(dev.rowboat.ui.help.AboutInfo.read(), mainRoot.getScene().getWindow()).show();
    }

    @FXML
    private void quit() {
        if (viewModel.confirmDiscard("Quit")) {
            Platform.exit();
        }
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (String url : viewModel.recentUrls()) {
            MenuItem item = new MenuItem(url);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> connectDialog.get().showWith(url));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    /** Selects the entity's tab, opening it on first use. */
    private void showEntity(EntitySummary summary) {
        show(new Place(summary.name(), null, null, summary.name()));
    }

    /** Shows a place: its grid's tab (opened on first use), with its row selected. */
    private void show(Place place) {
        if (place == null) {
            return;
        }
        for (Tab tab : entityTabs.getTabs()) {
            if (tab.getUserData() instanceof Place open && open.gridKey().equals(place.gridKey())) {
                entityTabs.getSelectionModel().select(tab);
                grids.get(tab).show(place.selectedId());
                return;
            }
        }
        viewModel.gridFor(place.entity(), place.scope()).ifPresent(grid -> {
            EntityTableView view = new EntityTableView(grid);
            view.setOnFollow(this::follow);
            view.table().getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
                if (grids.get(entityTabs.getSelectionModel().getSelectedItem()) == view) {
                    viewModel.relations().show(view.viewModel(), row);
                }
            });
            Tab tab = new Tab(titleOf(place), view.root());
            tab.setId("tab-" + place.gridKey().replaceAll("[^A-Za-z0-9_-]", "_"));
            tab.setUserData(new Place(place.entity(), place.scope(), null, place.label()));
            grids.put(tab, view);
            tabEntities.put(tab, place.entity());
            layout.gridOpened(place.entity(), view.table());
            entityTabs.getTabs().add(tab);
            entityTabs.getSelectionModel().select(tab);
            view.show(place.selectedId());
        });
    }

    private void showRelationsOf(Tab tab) {
        EntityTableView grid = tab == null ? null : grids.get(tab);
        if (grid == null) {
            viewModel.relations().clear();
        } else {
            viewModel.relations().show(grid.viewModel(), grid.table().getSelectionModel().getSelectedItem());
        }
    }

    private static String titleOf(Place place) {
        var scope = place.scope();
        if (scope == null) {
            return place.entity();
        }
        return scope.incoming() ? place.entity() + " where " + scope.association() + " = " + scope.ownerEntity() + " " + scope.ownerId()
                : scope.association() + " of " + scope.ownerEntity() + " " + scope.ownerId();
    }

    private void follow(Place from, Place to) {
        history.go(from, to);
        show(to);
    }

    @FXML
    private void goBack() {
        show(history.back());
    }

    @FXML
    private void goForward() {
        show(history.forward());
    }

    private void fillBreadcrumbs() {
        breadcrumbs.getChildren().clear();
        var trail = history.trail();
        for (int i = 0; i < trail.size(); i++) {
            if (i > 0) {
                breadcrumbs.getChildren().add(new Label("›"));
            }
            int index = i;
            if (i == trail.size() - 1) {
                Label here = new Label(trail.get(i).label());
                here.getStyleClass().add("crumb-here");
                breadcrumbs.getChildren().add(here);
            } else {
                javafx.scene.control.Hyperlink crumb = new javafx.scene.control.Hyperlink(trail.get(i).label());
                crumb.setOnAction(e -> show(history.goTo(index)));
                breadcrumbs.getChildren().add(crumb);
            }
        }
        breadcrumbs.setVisible(!trail.isEmpty());
        breadcrumbs.setManaged(!trail.isEmpty());
    }

    /**
     * Right-click on an entity: an exact count, and which attribute names its rows. Filled as the
     * selection changes, because JavaFX does not show a context menu that is empty when asked.
     */
    private ContextMenu entityMenu() {
        ContextMenu menu = new ContextMenu();
        entityList.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> fillEntityMenu(menu, item));
        return menu;
    }

    private void fillEntityMenu(ContextMenu menu, EntitySummary item) {
        menu.getItems().clear();
        if (item == null) {
            return;
        }
        MenuItem exact = new MenuItem("Count rows exactly");
        exact.setOnAction(a -> viewModel.countExactly(item));
        exact.setDisable(!item.info().available());
        Menu label = new Menu("Label rows by");
        label.setDisable(!item.info().available());
        for (var attribute : item.info().attributes()) {
            if (attribute.kind() == dev.rowboat.data.catalog.AttributeKind.BASIC
                    || attribute.kind() == dev.rowboat.data.catalog.AttributeKind.ID) {
                javafx.scene.control.RadioMenuItem choice = new javafx.scene.control.RadioMenuItem(attribute.name());
                choice.setSelected(attribute.name().equals(item.info().label()));
                choice.setOnAction(a -> viewModel.chooseLabel(item, attribute.name(), catalog -> grids.values().forEach(grid -> {
                    grid.viewModel().relabel(catalog.get(grid.viewModel().entity().name()));
                    grid.viewModel().reloadInPlace();
                })));
                label.getItems().add(choice);
            }
        }
        Menu rename = new Menu("Rename association");
        for (var attribute : item.info().attributes()) {
            if (attribute.isAssociation()) {
                MenuItem choice = new MenuItem(attribute.name() + " …");
                choice.setOnAction(a -> askNewName(attribute.name()).ifPresent(name -> viewModel.renameAssociation(item, attribute.name(), name)));
                rename.getItems().add(choice);
            }
        }
        rename.setDisable(rename.getItems().isEmpty());
        menu.getItems().addAll(exact, label, rename);
    }

    private java.util.Optional<String> askNewName(String association) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(association);
        dialog.setTitle("Rename association");
        dialog.setHeaderText("A new name for " + association + ", kept for this database");
        dialog.initOwner(mainRoot.getScene() == null ? null : mainRoot.getScene().getWindow());
        return dialog.showAndWait();
    }
}
