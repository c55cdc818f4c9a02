package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;

/** The grid's right-click menu: NULL, a larger editor, duplicate, delete, show or hide secrets. */
final class GridContextMenu {
    private final EntityTableView view;

    GridContextMenu(EntityTableView view) {
        this.view = view;
    }

    ContextMenu menu() {
        MenuItem setNull = new MenuItem("Set NULL\t(Ctrl+Shift+N)");
        setNull.setId("setNullItem");
        setNull.setOnAction(e -> view.selectedCell().ifPresent(c -> view.viewModel().editing().setNull(c.row(), c.attribute())));
        MenuItem bigEditor = new MenuItem("Edit in a larger editor…");
        bigEditor.setOnAction(e -> view.selectedCell().ifPresent(this::editLarge));
        MenuItem load = new MenuItem("Load from file…");
        load.setOnAction(e -> view.selectedCell().ifPresent(this::loadFile));
        MenuItem saveAs = new MenuItem("Save to file…");
        saveAs.setOnAction(e -> view.selectedCell().ifPresent(this::saveFile));
        MenuItem links = new MenuItem("Link / unlink rows…\t(Ctrl+L)");
        links.setId("linkRowsItem");
        links.setOnAction(e -> view.selectedCell().ifPresent(c -> view.openLinks(c.row(), c.attribute())));
        MenuItem duplicate = new MenuItem("Duplicate row");
        duplicate.setOnAction(e -> view.duplicateSelected());
        MenuItem delete = new MenuItem("Delete rows\t(Delete)");
        delete.setOnAction(e -> view.deleteSelected());
        MenuItem mask = new MenuItem("Show / hide values of this column");
        mask.setOnAction(e -> view.selectedCell().ifPresent(c -> view.viewModel().toggleMask(c.attribute().name())));
        MenuItem copy = new MenuItem("Copy cells\t(Ctrl+C)");
        copy.setId("copyCellsItem");
        copy.setOnAction(e -> view.copySelection());
        MenuItem export = new MenuItem("Export rows…");
        export.setId("exportRowsItem");
        export.setOnAction(e -> view.openExport());
        ContextMenu menu = new ContextMenu(setNull, bigEditor, load, saveAs, links, new SeparatorMenuItem(), duplicate, delete,
                new SeparatorMenuItem(), mask, new SeparatorMenuItem(), copy, export);
        menu.setOnShowing(e -> {
            var cell = view.selectedCell();
            boolean editable = cell.isPresent() && view.viewModel().editing().canEdit(cell.get().attribute());
            setNull.setDisable(!editable);
            boolean binary = cell.isPresent() && cell.get().attribute().javaType() == byte[].class;
            bigEditor.setDisable(!editable || !(cell.get().attribute().isText() || binary));
            load.setVisible(binary);
            load.setDisable(!editable);
            saveAs.setVisible(binary);
            links.setVisible(cell.isPresent() && view.viewModel().editing().isLinkable(cell.get().attribute()));
            links.setDisable(cell.isEmpty() || !view.viewModel().editing().canLink(cell.get().attribute()));
            boolean rows = view.viewModel().editing().mayChangeRows();
            duplicate.setDisable(!rows);
            delete.setDisable(!rows);
        });
        return menu;
    }

    private void loadFile(EntityTableView.SelectedCell cell) {
        java.io.File file = new javafx.stage.FileChooser().showOpenDialog(view.table().getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            view.viewModel().editing().setBytes(cell.row(), cell.attribute(), java.nio.file.Files.readAllBytes(file.toPath()));
        } catch (java.io.IOException e) {
            view.viewModel().messageProperty().set("Could not read " + file + ": " + e.getMessage());
        }
    }

    private void saveFile(EntityTableView.SelectedCell cell) {
        int index = view.viewModel().entity().attributes().indexOf(cell.attribute());
        if (!(view.viewModel().editing().valueOf(cell.row(), index) instanceof byte[] bytes)) {
            view.viewModel().messageProperty().set("This cell holds no bytes to save.");
            return;
        }
        java.io.File file = new javafx.stage.FileChooser().showSaveDialog(view.table().getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            java.nio.file.Files.write(file.toPath(), bytes);
        } catch (java.io.IOException e) {
            view.viewModel().messageProperty().set("Could not write " + file + ": " + e.getMessage());
        }
    }

    /** Long text is easier to edit in a text area than in a cell; binary shows as hexadecimal. */
    private void editLarge(EntityTableView.SelectedCell cell) {
        AttributeInfo attribute = cell.attribute();
        int index = view.viewModel().entity().attributes().indexOf(attribute);
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Edit " + attribute.name());
        dialog.setHeaderText(attribute.name() + (attribute.length() == null ? "" : " (at most " + attribute.length() + " characters)"));
        TextArea area = new TextArea(view.viewModel().editing().editText(cell.row(), index));
        area.setId("largeEditor");
        area.setWrapText(true);
        area.setPrefRowCount(10);
        area.setPrefColumnCount(60);
        dialog.getDialogPane().setContent(area);
        dialog.initOwner(view.table().getScene().getWindow());
        dialog.showAndWait().ifPresent(ignored -> view.viewModel().editing().edit(cell.row(), attribute, area.getText()));
    }
}
