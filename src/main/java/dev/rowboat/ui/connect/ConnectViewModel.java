package dev.rowboat.ui.connect;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.ui.common.Messages;
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

    public ConnectViewModel(ConnectTarget main) {
        this.main = main;
        // a URL of the recent list (chosen, or typed to the letter) comes with the marks it was opened with
        url.addListener((o, old, now) -> main.safeguardsOf(now).ifPresent(marks -> {
            readOnly.set(marks.readOnly());
            production.set(marks.production());
        }));
    }

    public StringProperty urlProperty() { return url; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty errorProperty() { return error; }
    public BooleanProperty connectingProperty() { return connecting; }
    public BooleanProperty readOnlyProperty() { return readOnly; }
    public BooleanProperty productionProperty() { return production; }

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
            onConnected.run();
        });
    }

    /** The URL of a chosen file: SQLite unless it is an H2 file. */
    public void useFile(java.nio.file.Path file) {
        String path = file.toAbsolutePath().toString();
        url.set(path.endsWith(".mv.db") ? "jdbc:h2:file:" + path.substring(0, path.length() - ".mv.db".length())
                : "sqlite:///" + path);
    }
}
