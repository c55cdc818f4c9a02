package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.DataLocations;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.keyring.PasswordKeyring;
import dev.rowboat.testing.PasswordScan;
import dev.rowboat.ui.DirectTaskExecutor;
import dev.rowboat.ui.connect.ConnectViewModel;
import dev.rowboat.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Remember password in the system keyring", with a keyring that keeps passwords in memory as the
 * operating system's would (there is none on a build machine): the password goes there, comes
 * back when the connection is chosen again, and leaves when the box is unticked; never to a file.
 */
class KeyringConnectTest {
    static final String SECRET = "Tr0ub4dor-3-xyzzy";

    @TempDir
    Path home;
    @TempDir
    Path files;

    /** The operating system's keyring as java-keyring shows it: a password per service and account. */
    private static final class MemoryKeyring implements PasswordKeyring {
        final Map<String, String> kept = new HashMap<>();

        @Override
        public Optional<String> password(String connection) {
            return Optional.ofNullable(kept.get(connection));
        }

        @Override
        public void remember(String connection, String password) {
            kept.put(connection, password);
        }

        @Override
        public void forget(String connection) {
            kept.remove(connection);
        }
    }

    /** An H2 file whose user needs a password; its URL names the user, the password is typed. */
    static String protectedDatabase(Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("protected").toAbsolutePath() + ";USER=owner";
        Properties login = new Properties();
        login.setProperty("password", SECRET);
        try (var c = DriverManager.getConnection(url, login); var s = c.createStatement()) {
            s.execute("create table note (id integer primary key, body varchar(100))");
            s.execute("shutdown");
        }
        return url;
    }

    @Test
    void theKeyringKeepsThePasswordOnlyWhileTheBoxIsTickedAndNoFileEverHasIt() throws Exception {
        String url = protectedDatabase(files);
        DataLocations locations = new DataLocations(home);
        DirectTaskExecutor executor = new DirectTaskExecutor();
        MainWindowViewModel main = new MainWindowViewModel(new RowboatApplication.AppConfig(null, Map.of(), locations, false).connector(),
                executor, new dev.rowboat.ui.StrictNotifier(), new RecentConnections(locations.recentConnectionsFile()));
        main.keepConsoleHistoryIn(locations.consoleFolder());
        main.keepDiagramPositionsIn(locations.diagramFolder());
        MemoryKeyring keyring = new MemoryKeyring();
        ConnectViewModel dialog = new ConnectViewModel(main, keyring, executor);
        boolean[] connected = new boolean[1];

        dialog.urlProperty().set(url);
        dialog.passwordProperty().set(SECRET);
        dialog.rememberPasswordProperty().set(true);
        dialog.connect(() -> connected[0] = true);

        assertThat(connected[0]).as(dialog.errorProperty().get()).isTrue();
        String connection = main.databaseProperty().get().spec().displayUrl();
        assertThat(keyring.kept).containsExactly(Map.entry(connection, SECRET));
        assertThat(main.recentUrls()).contains(url);

        dialog.urlProperty().set("");
        dialog.rememberPasswordProperty().set(false);
        dialog.urlProperty().set(url); // chosen again from the recent list
        assertThat(dialog.passwordProperty().get()).isEqualTo(SECRET);
        assertThat(dialog.rememberPasswordProperty().get()).isTrue();

        dialog.rememberPasswordProperty().set(false);
        connected[0] = false;
        dialog.connect(() -> connected[0] = true);
        assertThat(connected[0]).isTrue();
        assertThat(keyring.kept).isEmpty();
        main.shutdown();

        assertThat(locations.recentConnectionsFile()).as("the recent list is there to scan").exists();
        assertThat(PasswordScan.filesContaining(home, SECRET)).isEmpty();
    }
}
