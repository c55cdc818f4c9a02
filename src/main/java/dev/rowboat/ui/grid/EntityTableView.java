package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.Row;
import dev.rowboat.ui.common.Icons;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;

/** Controller of one entity's tab: binds the grid and its bars to an {@link EntityTableViewModel}. */
public final class EntityTableView {
    private static final double EDGE = 0.02;

    private final EntityTableViewModel viewModel;
    private final TableView<Row> table = new TableView<>();
    private final GridColumns columns = new GridColumns();
    private final Parent root;
    private long lastReplaceNanos;
    private String typedSeed;
    private boolean pickerOpen;
    private java.util.function.BiConsumer<dev.rowboat.ui.relations.Place, dev.rowboat.ui.relations.Place> onFollow = (from, to) -> { };

    @FXML private BorderPane gridRoot;
    @FXML private TextField goToIdField;
    @FXML private Button refreshButton;
    @FXML private Button clearFiltersButton;
    @FXML private Button countButton;
    @FXML private Button addRowButton;
    @FXML private Button duplicateRowButton;
    @FXML private Button deleteRowButton;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label messageLabel;
    @FXML private Label readOnlyLabel;
    @FXML private Button firstButton;
    @FXML private Button lastButton;
    @FXML private Slider positionSlider;
    @FXML private Label positionLabel;
    @FXML private javafx.scene.layout.HBox findBar;
    @FXML private TextField findField;
    @FXML private Button closeFindButton;
    private FindBar find;

    public EntityTableView(EntityTableViewModel viewModel) {
        this.viewModel = viewModel;
        root = dev.rowboat.ui.common.Fxml.load("/grid/entity-table.fxml", this);
    }

    public Parent root() {
        return root;
    }

    public TableView<Row> table() {
        return table;
    }

    public EntityTableViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        table.setId("grid-" + viewModel.entity().name());
        table.setItems(viewModel.rows());
        table.getColumns().setAll(columns.build(viewModel.entity(), viewModel::setFilter, viewModel.editing(),
                viewModel::isMasked, this::takeTypedSeed, this::follow));
        showSortInHeaders();
        table.setEditable(viewModel.editing().mayChangeRows());
        table.setRowFactory(t -> new GridRow(viewModel.editing()));
        table.setContextMenu(new GridContextMenu(this).menu());
        viewModel.editing().setReferencePicker(this::openPicker);
        viewModel.changes().pending().revisionProperty().addListener((o, old, n) -> table.refresh());
        viewModel.masked().addListener((javafx.collections.SetChangeListener<String>) c -> table.refresh());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label(viewModel.entity().available() ? "No rows." : "Not available."));
        table.setSortPolicy(t -> {
            sortFromColumns();
            return true; // the server sorts; rows arrive in order
        });
        gridRoot.setCenter(table);
        bindBars();
        find = new FindBar(findBar, findField, closeFindButton, viewModel, table::requestFocus);
        bindLoading();
        bindScrolling();
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.addEventHandler(KeyEvent.KEY_TYPED, this::startEditingByTyping);
        viewModel.selectRequestProperty().addListener((o, old, index) -> select(index.intValue()));
        viewModel.loadFirst();
    }

    /** A grid that starts sorted (a console query's order) shows it in its header, which the sort policy then keeps. */
    private void showSortInHeaders() {
        var initial = viewModel.sortProperty().get();
        if (initial == null) {
            return;
        }
        table.getColumns().stream()
                .filter(c -> c.getUserData() instanceof AttributeInfo a && a.name().equals(initial.attribute()))
                .findFirst().ifPresent(column -> {
                    column.setSortType(initial.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().setAll(java.util.List.of(column));
                });
    }

    private void sortFromColumns() {
        if (table.getSortOrder().isEmpty()) {
            viewModel.sortBy(null, false);
            return;
        }
        TableColumn<Row, ?> column = table.getSortOrder().get(0);
        AttributeInfo attribute = (AttributeInfo) column.getUserData();
        viewModel.sortBy(attribute.name(), column.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private void bindBars() {
        goToIdField.setOnAction(e -> viewModel.goToId(goToIdField.getText()));
        refreshButton.setGraphic(Icons.view("refresh"));
        refreshButton.setOnAction(e -> viewModel.refresh());
        clearFiltersButton.setOnAction(e -> {
            columns.clearFilters();
            find.close();
            viewModel.clearFilters();
        });
        countButton.setOnAction(e -> viewModel.countRows());
        addRowButton.setGraphic(Icons.view("list-add"));
        addRowButton.setOnAction(e -> addRow());
        duplicateRowButton.setOnAction(e -> duplicateSelected());
        deleteRowButton.setGraphic(Icons.view("edit-delete"));
        deleteRowButton.setOnAction(e -> deleteSelected());
        cancelButton.setOnAction(e -> viewModel.cancel());
        firstButton.setGraphic(Icons.view("go-first"));
        firstButton.setOnAction(e -> viewModel.loadFirst());
        lastButton.setGraphic(Icons.view("go-last"));
        lastButton.setOnAction(e -> viewModel.loadLast());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        messageLabel.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        positionLabel.textProperty().bind(viewModel.positionProperty());
        viewModel.fractionProperty().addListener((o, old, value) -> {
            if (!positionSlider.isValueChanging()) {
                positionSlider.setValue(value.doubleValue());
            }
        });
        positionSlider.setOnMouseReleased(e -> viewModel.jumpTo(positionSlider.getValue()));
        positionSlider.setOnKeyReleased(e -> {
            if (e.getCode().isNavigationKey()) {
                viewModel.jumpTo(positionSlider.getValue());
            }
        });
        boolean available = viewModel.entity().available();
        goToIdField.setPromptText(viewModel.goToIdPrompt());
        for (var control : new javafx.scene.control.Control[] {goToIdField, refreshButton, clearFiltersButton, countButton,
            firstButton, lastButton, positionSlider, addRowButton, duplicateRowButton, deleteRowButton}) {
            control.setDisable(!available);
        }
        if (viewModel.entity().keyless()) {
            // rows known by position, read-only: nothing to go to, add or delete
            for (var control : new javafx.scene.control.Control[] {goToIdField, addRowButton, duplicateRowButton, deleteRowButton}) {
                control.setDisable(true);
            }
            goToIdField.setPromptText("no key");
        }
        boolean readOnly = viewModel.editing().readOnly();
        readOnlyLabel.setVisible(readOnly);
        readOnlyLabel.setManaged(readOnly);
        if (readOnly) {
            for (var control : new javafx.scene.control.Control[] {addRowButton, duplicateRowButton, deleteRowButton}) {
                control.setDisable(true);
            }
        }
    }

    /** A query running longer than a moment shows a progress bar and a Cancel button. */
    private void bindLoading() {
        PauseTransition moment = new PauseTransition(Duration.millis(300));
        moment.setOnFinished(e -> showProgress(viewModel.loadingProperty().get()));
        viewModel.loadingProperty().addListener((o, was, loading) -> {
            if (loading) {
                moment.playFromStart();
            } else {
                moment.stop();
                showProgress(false);
            }
        });
        showProgress(false);
    }

    private void showProgress(boolean show) {
        progressBar.setVisible(show);
        cancelButton.setVisible(show);
    }

    private void bindScrolling() {
        viewModel.rows().addListener((ListChangeListener<Row>) change -> {
            while (change.next()) {
                if (change.wasReplaced() && change.getFrom() == 0 && change.getTo() == viewModel.rows().size()) {
                    lastReplaceNanos = System.nanoTime();
                    table.scrollTo(0);
                }
            }
        });
        viewModel.setOnWindowShift(shift -> flow().ifPresent(flow -> {
            var first = flow.getFirstVisibleCell();
            if (first != null) {
                table.scrollTo(Math.max(0, first.getIndex() + shift));
            }
        }));
        table.skinProperty().addListener((o, old, skin) -> flow().ifPresent(flow ->
                flow.positionProperty().addListener((p, before, now) -> onScrolled(now.doubleValue()))));
        table.getFocusModel().focusedIndexProperty().addListener((o, old, index) -> {
            int i = index.intValue();
            if (i >= 0 && i >= viewModel.rows().size() - 2) {
                viewModel.loadNext();
            } else if (i >= 0 && i <= 1 && old.intValue() > i && !justReplaced()) {
                viewModel.loadPrevious();
            }
        });
    }

    private void onScrolled(double position) {
        if (position >= 1 - EDGE) {
            viewModel.loadNext();
        } else if (position <= EDGE && !justReplaced()) {
            // right after a new window is shown at its top, position 0 is not the person scrolling up
            viewModel.loadPrevious();
        }
    }

    private boolean justReplaced() {
        return System.nanoTime() - lastReplaceNanos < 300_000_000L;
    }

    private java.util.Optional<VirtualFlow<?>> flow() {
        return table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow ? java.util.Optional.of(flow) : java.util.Optional.empty();
    }

    /** Where clicking a link goes: the main window opens the place and records it in the history. */
    public void setOnFollow(java.util.function.BiConsumer<dev.rowboat.ui.relations.Place, dev.rowboat.ui.relations.Place> onFollow) {
        this.onFollow = onFollow;
    }

    private void follow(Row row, AttributeInfo attribute) {
        viewModel.follow(row, attribute).ifPresent(to -> onFollow.accept(viewModel.placeOf(row), to));
    }

    private void openPicker(Row row, AttributeInfo attribute, String typed) {
        if (pickerOpen) {
            return;
        }
        pickerOpen = true;
        var picker = new dev.rowboat.ui.relations.ToOnePickerViewModel(attribute,
                new dev.rowboat.data.paging.LabelSearch(viewModel.pages()), viewModel.executor(), target -> {
                    viewModel.editing().setReference(row, attribute, target);
                    table.requestFocus();
                });
        new dev.rowboat.ui.relations.ToOnePickerDialog(picker).show(table.getScene().getWindow(), typed, () -> {
            pickerOpen = false;
            table.requestFocus();
        });
    }

    /** Opens the link dialog of a many-to-many cell (a post's tags). */
    public void openLinks(Row row, AttributeInfo attribute) {
        GridEditing editing = viewModel.editing();
        if (pickerOpen || !editing.canLink(attribute) || editing.isDeleted(row)) {
            return;
        }
        pickerOpen = true;
        int labelIndex = viewModel.entity().attributes().indexOf(viewModel.entity().labelAttribute());
        // labelled by its key, a row is named by all of it ("EU, 1"), not by the key's first part
        boolean byKey = viewModel.entity().labelAttribute().kind() == dev.rowboat.data.catalog.AttributeKind.ID;
        Object label = GridEditing.isNew(row) ? "(new)" : byKey ? row.id() : editing.valueOf(row, labelIndex);
        var links = new dev.rowboat.ui.relations.LinkRowsViewModel(editing.changes(), editing.refOf(row), String.valueOf(label),
                attribute, new dev.rowboat.data.paging.LabelSearch(viewModel.pages()), viewModel.executor());
        new dev.rowboat.ui.relations.LinkRowsDialog(links).show(table.getScene().getWindow(), () -> {
            pickerOpen = false;
            table.requestFocus();
        });
    }

    /** Selects the row with this id once it is shown (after go-to-id). */
    public void show(Object id) {
        if (id != null) {
            viewModel.goToId(String.valueOf(id));
        }
    }

    /** The grid's own keys (see {@link GridKeys}), while no cell is being edited. */
    private void onKey(KeyEvent event) {
        if (table.getEditingCell() != null) {
            return;
        }
        for (GridKeys.GridKey key : GridKeys.KEYS) {
            if (key.keys().match(event)) {
                key.run().accept(this);
                event.consume();
                return;
            }
        }
    }

    /** Edit › Find (Ctrl+F): the find bar, its text selected to be typed over. */
    public void openFind() {
        if (viewModel.entity().available()) {
            find.open();
        }
    }

    void followSelected() {
        selectedCell().ifPresent(cell -> follow(cell.row(), cell.attribute()));
    }

    void setSelectedNull() {
        selectedCell().ifPresent(cell -> viewModel.editing().setNull(cell.row(), cell.attribute()));
    }

    void openSelectedLinks() {
        selectedCell().ifPresent(cell -> openLinks(cell.row(), cell.attribute()));
    }

    /** Ctrl+End: the last row itself, as in a spreadsheet, not the top of the last page. */
    void selectLast() {
        viewModel.loadLast(() -> select(viewModel.rows().size() - 1));
    }

    /** Ctrl+V: the clipboard's text from the focused cell (the first row and column when none is focused). */
    void pasteClipboard() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        java.util.List<AttributeInfo> columns = table.getColumns().stream().map(c -> (AttributeInfo) c.getUserData()).toList();
        var cell = selectedCell();
        viewModel.paste(cell.map(SelectedCell::index).orElse(table.getItems().size()), columns,
                cell.map(c -> table.getColumns().indexOf(c.column())).orElse(Math.min(1, columns.size() - 1)), text);
    }

    /** Typing on a selected cell starts editing it with what was typed, as in a spreadsheet. */
    private void startEditingByTyping(KeyEvent event) {
        String typed = event.getCharacter();
        if (table.getEditingCell() != null || event.isShortcutDown() || event.isAltDown() || typed.isEmpty()
                || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        selectedCell().ifPresent(cell -> {
            settleCells();
            typedSeed = typed;
            table.edit(cell.index(), cell.column());
            typedSeed = null;
            event.consume();
        });
    }

    /**
     * Lets the grid rebuild the cells a pending refresh (after any edit or added row) would rebuild
     * at the next pulse. A key typed before that pulse would otherwise start editing a cell about to
     * be replaced: the edit and its focus vanished with it, and every key after went nowhere until
     * a click (seen under Xvfb, typing at 12 ms a key right after Add row).
     */
    private void settleCells() {
        table.applyCss();
        table.layout();
    }

    private String takeTypedSeed() {
        String seed = typedSeed;
        typedSeed = null;
        return seed;
    }

    /** Ctrl+C: the selected cells as the grid shows them, tab-separated, for a spreadsheet. */
    void copySelection() {
        java.util.List<CellCopy.Cell> cells = new java.util.ArrayList<>();
        for (var position : table.getSelectionModel().getSelectedCells()) {
            int index = position.getRow();
            if (index < 0 || index >= table.getItems().size() || !(position.getTableColumn().getUserData() instanceof AttributeInfo attribute)) {
                continue;
            }
            cells.add(new CellCopy.Cell(index, table.getVisibleLeafIndex(position.getTableColumn()),
                    viewModel.shownText(table.getItems().get(index), attribute)));
        }
        if (!cells.isEmpty()) {
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(CellCopy.tsv(cells));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        }
    }

    /** File › Export… and the grid's menu: the export dialog for this grid's rows as filtered and sorted now. */
    public void openExport() {
        new dev.rowboat.ui.transfer.ExportDialog(viewModel.exportViewModel(), table.getScene() == null ? null : table.getScene().getWindow()).show();
    }

    /** The focused cell: its row, column and attribute. */
    record SelectedCell(int index, Row row, TableColumn<Row, ?> column, AttributeInfo attribute) {
    }

    java.util.Optional<SelectedCell> selectedCell() {
        var position = table.getFocusModel().getFocusedCell();
        if (position == null || position.getRow() < 0 || position.getRow() >= table.getItems().size() || position.getTableColumn() == null) {
            return java.util.Optional.empty();
        }
        @SuppressWarnings("unchecked")
        TableColumn<Row, ?> column = (TableColumn<Row, ?>) position.getTableColumn();
        return java.util.Optional.of(new SelectedCell(position.getRow(), table.getItems().get(position.getRow()), column,
                (AttributeInfo) column.getUserData()));
    }

    java.util.List<Row> selectedRows() {
        return table.getSelectionModel().getSelectedCells().stream().map(p -> p.getRow())
                .filter(i -> i >= 0 && i < table.getItems().size()).distinct().sorted()
                .map(i -> table.getItems().get(i)).toList();
    }

    public void addRow() {
        viewModel.editing().addRow();
        table.scrollTo(0);
        table.getSelectionModel().clearAndSelect(0, table.getColumns().get(Math.min(1, table.getColumns().size() - 1)));
        table.getFocusModel().focus(0, table.getColumns().get(Math.min(1, table.getColumns().size() - 1)));
        table.requestFocus();
        settleCells();
    }

    public void duplicateSelected() {
        selectedCell().ifPresent(cell -> viewModel.editing().duplicate(cell.row()));
        table.scrollTo(0);
    }

    public void deleteSelected() {
        viewModel.delete(selectedRows());
    }

    private void select(int index) {
        if (index < 0 || index >= viewModel.rows().size()) {
            return;
        }
        table.getSelectionModel().clearSelection();
        table.getSelectionModel().select(index, table.getColumns().get(0));
        table.getFocusModel().focus(index, table.getColumns().get(0));
        table.scrollTo(index);
        table.requestFocus();
    }
}
