package dev.rowboat.ui.help;

import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help › About Rowboat: version, Java and JavaFX, licence, and the third-party notices unfolded on request. */
public final class AboutDialog {
    private final AboutInfo info;
    private final Stage stage = new Stage();

    @FXML private Label versionLabel;
    @FXML private Label javaLabel;
    @FXML private Label javafxLabel;
    @FXML private Label licenceLabel;
    @FXML private Button noticesButton;
    @FXML private Label noticesMissingLabel;
    @FXML private TextArea noticesText;
    @FXML private Button closeAboutButton;

    public AboutDialog(AboutInfo info, Window owner) {
        this.info = info;
        Scene scene = new Scene(dev.rowboat.ui.common.Fxml.load("/help/about-dialog.fxml", this));
        if (owner != null) {
            stage.initOwner(owner);
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // Esc closes, whichever control has the focus (a table keeps Esc for itself)
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About Rowboat");
        stage.setScene(scene);
    }

    @FXML
    private void initialize() {
        versionLabel.setText("Version " + info.version());
        javaLabel.setText(info.java());
        javafxLabel.setText(info.javafx());
        licenceLabel.setText(info.licence());
        boolean notices = info.notices().isPresent();
        noticesButton.setDisable(!notices);
        noticesMissingLabel.setVisible(!notices);
        noticesMissingLabel.setManaged(!notices);
        noticesButton.setOnAction(e -> showNotices());
        closeAboutButton.setOnAction(e -> stage.hide());
    }

    private void showNotices() {
        noticesText.setText(info.notices().orElse(""));
        noticesText.setVisible(true);
        noticesText.setManaged(true);
        noticesButton.setDisable(true);
        stage.sizeToScene(); // the dialog grows to hold them
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
