package dev.rowboat.ui.connect;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Safeguards;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ObservableList;

/**
 * What the connection dialog opens a database in: the main window's view-model. An interface, so
 * that the dialog needs nothing of the window that shows it.
 */
public interface ConnectTarget {
    ObservableList<String> recentUrls();

    /** How a recent connection was marked when last opened; empty for a URL not in the list. */
    default Optional<Safeguards> safeguardsOf(String url) {
        return Optional.empty();
    }

    /**
     * Opens the database in the background; failures go to {@code onError}.
     *
     * @param rememberAs the URL as typed, kept (without password) in the recent list; null to skip
     */
    /** Says something to the person after the dialog has closed (the keyring refused a password). */
    default void tell(String title, String sentence) {
    }

    void open(ConnectionSpec spec, ConnectOptions options, String rememberAs, Consumer<Throwable> onError, Runnable onOpened);
}
