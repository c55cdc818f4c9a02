package dev.rowboat.ui.help;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
        HelpStage.prepare(stage, dev.rowboat.ui.common.Fxml.load("/help/about-dialog.fxml", this), owner, "About Rowboat");
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
