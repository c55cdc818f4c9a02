package dev.rowboat.ui.relations;

import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** Controller of the relations panel beside the grids. */
public final class RelationsPanelView {
    private final RelationsViewModel viewModel;
    private final BiConsumer<Place, Place> follow;
    private final Parent root;

    @FXML private Label relationsTitle;
    @FXML private ListView<Relation> relationsList;

    public RelationsPanelView(RelationsViewModel viewModel, BiConsumer<Place, Place> follow) {
        this.viewModel = viewModel;
        this.follow = follow;
        root = dev.rowboat.ui.common.Fxml.load("/relations/relations-panel.fxml", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        relationsTitle.textProperty().bind(viewModel.titleProperty());
        relationsList.setItems(viewModel.relations());
        relationsList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Relation relation, boolean empty) {
                super.updateItem(relation, empty);
                getStyleClass().remove("incoming");
                if (empty || relation == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                if (relation.incoming()) {
                    getStyleClass().add("incoming");
                }
                if (relation.create() != null) {
                    Hyperlink create = new Hyperlink("create");
                    create.setId("createRelated");
                    create.setOnAction(e -> relation.create().run());
                    setText(null);
                    setGraphic(new javafx.scene.layout.HBox(6, new Label(relation.text()), create));
                    return;
                }
                if (relation.target() == null) {
                    setGraphic(null);
                    setText(relation.text());
                    return;
                }
                Hyperlink link = new Hyperlink(relation.text());
                link.setOnAction(e -> follow.accept(viewModel.from(), relation.target()));
                setText(null);
                setGraphic(link);
            }
        });
    }
}
