package dev.rowboat.ui.connect;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.data.keyring.PasswordKeyring;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The connection dialog: a URL as typed (any form {@link DatabaseUrls} accepts), a password
 * kept apart from it, so the URL can be remembered without the password, and the connection's
 * marks (read-only, production), which a recent connection brings back when it is chosen.
 */
public final class ConnectViewModel {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConnectViewModel.class);
    private final ConnectTarget main;
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty connecting = new SimpleBooleanProperty();
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    private final BooleanProperty production = new SimpleBooleanProperty();
    private final BooleanProperty rememberPassword = new SimpleBooleanProperty();
    private final PasswordKeyring keyring;
    private final TaskExecutor executor;
    /** The connection whose password the keyring gave the field, so that unticking the box removes it there. */
    private String keptFor;

    /** A dialog without a keyring: passwords are typed each time. */
    public ConnectViewModel(ConnectTarget main) {
        this(main, PasswordKeyring.NONE, null);
    }

    /** @param executor runs the keyring's calls, which may wait for the person to unlock it, off the FX thread */
    public ConnectViewModel(ConnectTarget main, PasswordKeyring keyring, TaskExecutor executor) {
        this.main = main;
        this.keyring = keyring;
        this.executor = executor;
        // a URL of the recent list (chosen, or typed to the letter) comes with the marks it was opened with
        url.addListener((o, old, now) -> main.safeguardsOf(now).ifPresent(marks -> {
            readOnly.set(marks.readOnly());
            production.set(marks.production());
            fillFromKeyring(now);
        }));
    }

    public StringProperty urlProperty() { return url; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty connectingProperty() { return connecting; }
    public BooleanProperty readOnlyProperty() { return readOnly; }
    public BooleanProperty productionProperty() { return production; }
    /** "Remember password in the system keyring", per connection. */
    public BooleanProperty rememberPasswordProperty() { return rememberPassword; }

    public ObservableList<String> recentUrls() {
        return main.recentUrls();
    }

    /** Checks the URL at once, then connects in the background; {@code onConnected} closes the dialog. */
    public void connect(Runnable onConnected) {
        ConnectionSpec spec;
        try {
            spec = DatabaseUrls.parse(url.get());
        } catch (DatabaseException e) {
            error.set(e.getMessage());
            return;
        }
        if (spec.password() == null && !password.get().isEmpty()) {
            spec = spec.withPassword(password.get());
        }
        spec = spec.withSafeguards(new Safeguards(readOnly.get(), production.get()));
        error.set("");
        connecting.set(true);
        ConnectionSpec target = spec;
        main.open(target, ConnectOptions.defaults(), url.get(), failure -> {
            connecting.set(false);
            LOG.info("Could not open {}: {}", target.displayUrl(), Messages.sentence(failure), failure);
            error.set(Messages.sentence(failure));
        }, () -> {
            connecting.set(false);
            password.set("");
            keepInKeyring(target);
            onConnected.run();
        });
    }

    /** A recent connection whose password the keyring keeps: the field is filled and the box ticked. */
    private void fillFromKeyring(String typed) {
        if (keyring == PasswordKeyring.NONE) {
            return;
        }
        ConnectionSpec spec;
        try {
            spec = DatabaseUrls.parse(typed);
        } catch (DatabaseException e) {
            return;
        }
        String connection = spec.displayUrl();
        executor.submit("Read the keyring", cancel -> keyring.password(connection), found -> {
            if (!typed.equals(url.get())) {
                return; // another URL was chosen meanwhile
            }
            keptFor = found.isPresent() ? connection : null;
            rememberPassword.set(found.isPresent());
            found.filter(p -> password.get().isEmpty()).ifPresent(password::set);
        }, failure -> LOG.debug("Keyring not read for {}: {}", connection, failure.getMessage()));
    }

    /** After a connect: the password goes to the keyring when the box is ticked, and leaves it when it was unticked. */
    private void keepInKeyring(ConnectionSpec opened) {
        if (keyring == PasswordKeyring.NONE) {
            return;
        }
        String connection = opened.displayUrl();
        String secret = opened.password();
        if (rememberPassword.get() && secret != null) {
            executor.submit("Remember the password", cancel -> {
                keyring.remember(connection, secret);
                return null;
            }, done -> keptFor = connection, failure -> main.tell("System keyring", sentenceOf(failure)));
        } else if (!rememberPassword.get() && connection.equals(keptFor)) {
            executor.submit("Forget the password", cancel -> {
                keyring.forget(connection);
                return null;
            }, done -> keptFor = null, failure -> main.tell("System keyring", sentenceOf(failure)));
        }
    }

    /** The URL of a chosen file: SQLite unless it is an H2 file. */
    public void useFile(java.nio.file.Path file) {
        String path = file.toAbsolutePath().toString();
        url.set(path.endsWith(".mv.db") ? "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length())
                : "sqlite:///" + path);
    }

    private static String sentenceOf(Throwable failure) {
        return failure instanceof dev.rowboat.data.keyring.KeyringException ? failure.getMessage() : Messages.sentence(failure);
    }
}
