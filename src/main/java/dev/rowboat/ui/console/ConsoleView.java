package dev.rowboat.ui.console;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.console.Language;
import dev.rowboat.ui.grid.CellText;
import dev.rowboat.ui.grid.EntityTableView;
import dev.rowboat.ui.relations.Place;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The query console's tab: an editor that colours and completes what is typed, and a tab per
 * result. Everything it does goes through {@link ConsoleViewModel}.
 */
public final class ConsoleView {
    private final ConsoleViewModel viewModel;
    private final Supplier<EntityCatalog> catalog;
    private final BiConsumer<Place, Place> follow;
    private final Parent root;
    private final CodeArea editor = new CodeArea();
    private final ContextMenu completion = new ContextMenu();
    private EntityCatalog namesOf;
    private Set<String> names = Set.of();

    @FXML private BorderPane consoleRoot;
    @FXML private ChoiceBox<Language> consoleLanguage;
    @FXML private Button consoleRunButton;
    @FXML private Button runScriptButton;
    @FXML private Button explainButton;
    @FXML private Button consoleCancelButton;
    @FXML private MenuButton savedQueriesMenu;
    @FXML private ProgressBar consoleProgress;
    @FXML private StackPane editorHolder;
    @FXML private Label consoleMessage;
    @FXML private TabPane consoleResults;

    /** @param follow a link clicked in an entity result: the window shows where it leads */
    public ConsoleView(ConsoleViewModel viewModel, Supplier<EntityCatalog> catalog, BiConsumer<Place, Place> follow) {
        this.viewModel = viewModel;
        this.catalog = catalog;
        this.follow = follow;
        this.root = dev.rowboat.ui.common.Fxml.load("/console/query-console.fxml", this);
    }

    public Parent root() {
        return root;
    }

    public CodeArea editor() {
        return editor;
    }

    @FXML
    private void initialize() {
        editor.setId("consoleEditor");
        editor.getStyleClass().add("console-editor");
        editor.setParagraphGraphicFactory(org.fxmisc.richtext.LineNumberFactory.get(editor));
        editor.replaceText(ConsoleViewModel.examples());
        editorHolder.getChildren().add(new VirtualizedScrollPane<>(editor));
        editor.textProperty().addListener((o, old, text) -> {
            viewModel.errorAtProperty().set(-1); // the text the error pointed into has changed
            highlight();
        });
        highlight();
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        consoleLanguage.getItems().setAll(Language.values());
        consoleLanguage.valueProperty().bindBidirectional(viewModel.languageProperty());
        consoleMessage.textProperty().bind(viewModel.messageProperty());
        consoleMessage.visibleProperty().bind(viewModel.messageProperty().isNotEmpty());
        consoleMessage.managedProperty().bind(consoleMessage.visibleProperty());
        viewModel.errorAtProperty().addListener((o, old, at) -> {
            highlight();
            if (at.intValue() >= 0 && at.intValue() <= editor.getLength()) {
                editor.moveTo(at.intValue());
                editor.requestFollowCaret();
            }
        });
        viewModel.failedProperty().addListener((o, was, failed) -> consoleMessage.pseudoClassStateChanged(ERROR, failed));
        consoleProgress.visibleProperty().bind(viewModel.runningProperty());
        consoleProgress.managedProperty().bind(viewModel.runningProperty());
        consoleCancelButton.disableProperty().bind(viewModel.runningProperty().not());
        consoleRunButton.disableProperty().bind(viewModel.runningProperty());
        runScriptButton.disableProperty().bind(viewModel.runningProperty());
        explainButton.disableProperty().bind(viewModel.runningProperty());
        viewModel.results().addListener((javafx.collections.ListChangeListener<ConsoleResult>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        savedQueriesMenu.setOnShowing(e -> fillSavedMenu());
        fillSavedMenu();
    }

    private static final javafx.css.PseudoClass ERROR = javafx.css.PseudoClass.getPseudoClass("error");

    @FXML
    private void run() {
        viewModel.runAt(editor.getText(), editor.getCaretPosition());
    }

    @FXML
    private void runScript() {
        viewModel.runScript(editor.getText());
    }

    @FXML
    private void explain() {
        viewModel.explainAt(editor.getText(), editor.getCaretPosition());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void showHistory() {
        new HistoryDialog(viewModel, root.getScene() == null ? null : root.getScene().getWindow()).pick()
                .ifPresent(this::replaceStatement);
    }

    @FXML
    private void saveQuery() {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog();
        dialog.setTitle("Save query");
        dialog.setHeaderText("A name for this query, kept for this connection");
        dialog.getEditor().setId("savedQueryName");
        dialog.initOwner(root.getScene() == null ? null : root.getScene().getWindow());
        String text = editor.getSelectedText().isBlank() ? editor.getText() : editor.getSelectedText();
        dialog.showAndWait().ifPresent(name -> viewModel.saveQuery(name, text));
    }

    private void fillSavedMenu() {
        savedQueriesMenu.getItems().clear();
        viewModel.savedQueries().forEach((name, text) -> {
            MenuItem item = new MenuItem(name);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> editor.replaceText(text));
            savedQueriesMenu.getItems().add(item);
        });
        savedQueriesMenu.setDisable(savedQueriesMenu.getItems().isEmpty());
    }

    private void onKey(KeyEvent event) {
        if (!event.isShortcutDown()) {
            return;
        }
        switch (event.getCode()) {
            case ENTER -> {
                if (event.isShiftDown()) {
                    runScript();
                } else {
                    run();
                }
            }
            case UP -> viewModel.previousInHistory().ifPresent(this::replaceStatement);
            case DOWN -> viewModel.nextInHistory().ifPresent(this::replaceStatement);
            case SPACE -> complete();
            default -> {
                return;
            }
        }
        event.consume();
    }

    /** A statement from the history takes the editor's place (the person's typing is in the history too, once run). */
    private void replaceStatement(String statement) {
        editor.replaceText(statement);
        editor.moveTo(editor.getLength());
    }

    private void complete() {
        Completions.Offer offer = new Completions(catalog.get()).at(editor.getText(), editor.getCaretPosition());
        completion.getItems().clear();
        for (String candidate : offer.candidates().subList(0, Math.min(40, offer.candidates().size()))) {
            MenuItem item = new MenuItem(candidate);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> editor.replaceText(offer.start(), editor.getCaretPosition(), candidate));
            completion.getItems().add(item);
        }
        if (completion.getItems().isEmpty()) {
            return;
        }
        editor.getCaretBounds().ifPresent(b -> completion.show(editor, b.getMinX(), b.getMaxY()));
    }

    private void highlight() {
        String text = editor.getText();
        List<SyntaxSpans.Span> spans = SyntaxSpans.of(text, names());
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        int error = viewModel.errorAtProperty().get();
        for (SyntaxSpans.Span span : spans) {
            builder.add(Set.of(), span.start() - at);
            builder.add(Set.of(span.style()), span.end() - span.start());
            at = span.end();
        }
        builder.add(Set.of(), text.length() - at);
        StyleSpans<Collection<String>> styles = builder.create();
        editor.setStyleSpans(0, styles);
        if (error >= 0 && error < text.length()) {
            int end = error;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            editor.setStyle(error, Math.max(end, error + 1), Set.of("sql-error"));
        }
    }

    /** The entity and table names to colour, read again only when the catalog is another (not at every key). */
    private Set<String> names() {
        EntityCatalog current = catalog.get();
        if (current != namesOf) {
            Set<String> names = new TreeSet<>();
            if (current != null) {
                current.entities().forEach(e -> {
                    names.add(e.name().toLowerCase(Locale.ROOT));
                    names.add(e.table().toLowerCase(Locale.ROOT));
                });
            }
            this.names = names;
            namesOf = current;
        }
        return names;
    }

    private void addTab(ConsoleResult result) {
        Tab tab = new Tab(result.title());
        tab.setId("result-" + consoleResults.getTabs().size());
        tab.setTooltip(new Tooltip(result.statement()));
        if (result.grid() != null) {
            EntityTableView grid = new EntityTableView(result.grid());
            grid.setOnFollow(follow);
            Label note = new Label(result.note());
            note.getStyleClass().add("console-note");
            note.setWrapText(true);
            note.setMaxWidth(Double.MAX_VALUE);
            VBox box = new VBox(note, grid.root());
            VBox.setVgrow(grid.root(), javafx.scene.layout.Priority.ALWAYS);
            tab.setContent(box);
        } else {
            tab.setContent(rowsView(result.rows()));
        }
        tab.setOnClosed(e -> viewModel.results().remove(result));
        consoleResults.getTabs().add(tab);
        consoleResults.getSelectionModel().select(tab);
    }

    private Parent rowsView(RowsResult rows) {
        TableView<List<Object>> table = new TableView<>(rows.rows());
        table.getStyleClass().add("console-rows");
        for (int i = 0; i < rows.columns().size(); i++) {
            int index = i;
            TableColumn<List<Object>, Object> column = new TableColumn<>(rows.columns().get(i));
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(index < row.getValue().size() ? row.getValue().get(index) : null));
            column.setCellFactory(c -> new ValueCell());
            column.setSortable(false); // the query's own order; sort it in the statement
            column.setPrefWidth(Math.max(110, Math.min(320, 24 + 9 * rows.columns().get(i).length())));
            table.getColumns().add(column);
        }
        table.setPlaceholder(new Label("No rows."));
        if (rows.columns().size() == 1) {
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY); // a plan's one column of text takes the width
        }
        Label summary = new Label();
        summary.textProperty().bind(rows.summaryProperty());
        summary.getStyleClass().add("console-summary");
        Button more = new Button("More rows");
        more.visibleProperty().bind(rows.moreProperty());
        more.setOnAction(e -> rows.loadMore());
        Button export = new Button("Export…");
        export.setId("exportResultButton");
        export.setOnAction(e -> new dev.rowboat.ui.transfer.ExportDialog(rows.exportViewModel(), table.getScene().getWindow()).show());
        javafx.scene.layout.HBox footer = new javafx.scene.layout.HBox(8, summary, more, export);
        footer.getStyleClass().add("pager-bar");
        footer.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        footer.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        table.skinProperty().addListener((o, old, skin) -> table.lookupAll(".scroll-bar").forEach(node -> {
            if (node instanceof ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL) {
                bar.valueProperty().addListener((v, was, now) -> {
                    if (now.doubleValue() >= bar.getMax() * 0.95) {
                        rows.loadMore(); // scrolling near the end reads the next page
                    }
                });
            }
        }));
        BorderPane pane = new BorderPane(table);
        pane.setBottom(footer);
        return pane;
    }

    /** A value as the entity grids show it: NULL apart from empty text, times and bytes alike. */
    private static final class ValueCell extends TableCell<List<Object>, Object> {
        @Override
        protected void updateItem(Object value, boolean empty) {
            super.updateItem(value, empty);
            getStyleClass().remove("null-value");
            if (empty) {
                setText(null);
                return;
            }
            setText(CellText.format(value));
            if (value == null) {
                getStyleClass().add("null-value");
            }
        }
    }
}
