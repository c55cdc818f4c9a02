package dev.rowboat.ui.main;

import dev.rowboat.ui.common.Icons;
import dev.rowboat.ui.common.Theme;
import dev.rowboat.ui.connect.ConnectDialog;
import dev.rowboat.ui.grid.EntityTableView;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Controller of the main window: entity list on the left, a grid tab per entity, status bar. */
public final class MainWindowView {
    private final MainWindowViewModel viewModel;
    private final Supplier<ConnectDialog> connectDialog;

    @FXML private BorderPane mainRoot;
    @FXML private ListView<EntitySummary> entityList;
    @FXML private TabPane entityTabs;
    @FXML private VBox welcomePane;
    @FXML private HBox statusBar;
    @FXML private Label statusLabel;
    @FXML private Label serverLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Menu recentMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Button openButton;
    @FXML private Button reloadButton;

    public MainWindowView(MainWindowViewModel viewModel, Supplier<ConnectDialog> connectDialog) {
        this.viewModel = viewModel;
        this.connectDialog = connectDialog;
    }

    @FXML
    private void initialize() {
        entityList.setItems(viewModel.entities());
        entityList.setCellFactory(list -> new EntityCell());
        entityList.getSelectionModel().selectedItemProperty().addListener((o, old, summary) -> {
            if (summary != null) {
                showEntity(summary);
            }
        });
        statusLabel.textProperty().bind(viewModel.statusProperty());
        serverLabel.textProperty().bind(viewModel.serverProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        viewModel.databaseProperty().addListener((o, old, db) -> entityTabs.getTabs().clear());
        welcomePane.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(entityTabs.getTabs()));
        viewModel.recentUrls().addListener((javafx.collections.ListChangeListener<String>) c -> fillRecentMenu());
        fillRecentMenu();
        openButton.setGraphic(Icons.view("document-open"));
        reloadButton.setGraphic(Icons.view("refresh"));
        darkThemeItem.selectedProperty().addListener((o, was, dark) -> Theme.apply(mainRoot.getScene(), dark));
    }

    @FXML
    private void openDatabase() {
        connectDialog.get().show();
    }

    @FXML
    private void reloadEntities() {
        viewModel.refreshEntities();
    }

    @FXML
    private void quit() {
        Platform.exit();
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
        for (Tab tab : entityTabs.getTabs()) {
            if (summary.name().equals(tab.getUserData())) {
                entityTabs.getSelectionModel().select(tab);
                return;
            }
        }
        EntityTableView view = new EntityTableView(viewModel.gridFor(summary));
        Tab tab = new Tab(summary.name(), view.root());
        tab.setId("tab-" + summary.name());
        tab.setUserData(summary.name());
        entityTabs.getTabs().add(tab);
        entityTabs.getSelectionModel().select(tab);
    }

    /** An entity with its row count; one whose table is missing says what is missing. */
    private final class EntityCell extends ListCell<EntitySummary> {
        @Override
        protected void updateItem(EntitySummary item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("unavailable");
            if (empty || item == null) {
                setId(null); // a reused cell must not keep the id of the entity it showed before
                setGraphic(null);
                setText(null);
                setTooltip(null);
                setContextMenu(null);
                return;
            }
            Label name = new Label(item.name());
            Label count = new Label(item.countText());
            count.getStyleClass().add("entity-count");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(6, name, gap, count);
            setText(null);
            setGraphic(line);
            setId("entity-" + item.name());
            if (!item.info().available()) {
                getStyleClass().add("unavailable");
                setTooltip(new Tooltip(String.join("\n", item.info().missing())));
            } else {
                setTooltip(item.info().missing().isEmpty() ? null
                        : new Tooltip("Not in this database:\n" + String.join("\n", item.info().missing())));
            }
            MenuItem exact = new MenuItem("Count rows exactly");
            exact.setOnAction(e -> viewModel.countExactly(item));
            exact.setDisable(!item.info().available());
            setContextMenu(new ContextMenu(exact));
        }
    }
}
