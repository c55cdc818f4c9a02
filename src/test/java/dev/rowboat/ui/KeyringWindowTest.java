package dev.rowboat.ui;

import static dev.rowboat.ui.RowboatWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.testing.PasswordScan;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password typed in File › Open database, with "Remember password in the system keyring" ticked
 * and not: the database opens either way, and no file in the data folder ever holds the password
 * (on a machine without a keyring service the window says it could not keep it).
 */
class KeyringWindowTest {
    private static final String SECRET = "Corr3ct-Horse-Battery-Staple";

    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void aTypedPasswordIsNeverWrittenToAFileWithTheKeyringBoxTickedOrNot() throws Exception {
        String url = "jdbc:h2:file:" + files.resolve("protected").toAbsolutePath() + ";USER=owner";
        Properties login = new Properties();
        login.setProperty("password", SECRET);
        try (var c = DriverManager.getConnection(url, login); var s = c.createStatement()) {
            s.execute("create table note (id integer primary key, body varchar(100))");
            s.execute("shutdown");
        }
        RowboatWindow window = RowboatWindow.startAndWait(home, null);
        try {
            for (boolean remember : new boolean[] {true, false}) {
                connect(window, url, remember);
                if (remember && noKeyringService()) {
                    waitUntil(() -> window.robot.lookup("#errorDialog").tryQuery().isPresent());
                    DialogPane message = window.robot.lookup("#errorDialog").queryAs(DialogPane.class);
                    assertThat(message.getContentText()).contains("keyring").endsWith(".");
                    window.robot.clickOn("OK");
                }
                waitUntil(() -> window.robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Connected to " + url));
                // back to the default database, so that the protected one is chosen anew
                connect(window, "jdbc:h2:file:" + home.resolve("rowboat").toAbsolutePath(), false);
                waitUntil(() -> window.robot.lookup("#statusLabel").queryLabeled().getText().startsWith("Connected to jdbc:h2:file:" + home));
            }
        } finally {
            window.stop();
        }

        assertThat(PasswordScan.count(home)).as("recent list, layout, default database").isGreaterThan(2);
        assertThat(PasswordScan.filesContaining(home, SECRET)).isEmpty();
    }

    /** A Linux session without D-Bus, like a build machine: no keyring can answer. */
    private static boolean noKeyringService() {
        return System.getProperty("os.name").startsWith("Linux") && System.getenv("DBUS_SESSION_BUS_ADDRESS") == null;
    }

    private static void connect(RowboatWindow window, String url, boolean remember) {
        window.robot.press(KeyCode.CONTROL).press(KeyCode.O).release(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> window.robot.lookup("#urlField").tryQuery().isPresent());
        ComboBox<?> field = window.robot.lookup("#urlField").queryAs(ComboBox.class);
        PasswordField password = window.robot.lookup("#passwordField").queryAs(PasswordField.class);
        CheckBox keyring = window.robot.lookup("#rememberPasswordCheck").queryAs(CheckBox.class);
        window.robot.interact(() -> {
            field.getEditor().setText(url);
            password.setText(url.contains("protected") ? SECRET : "");
            keyring.setSelected(remember);
        });
        window.robot.clickOn("#connectButton");
        waitUntil(() -> !field.getScene().getWindow().isShowing() || window.robot.lookup("#errorDialog").tryQuery().isPresent());
    }
}
