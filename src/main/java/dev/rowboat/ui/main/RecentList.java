package dev.rowboat.ui.main;

import dev.rowboat.data.RecentConnections;
import dev.rowboat.schema.Safeguards;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The recent connections as the window shows them: their URLs for the menu and the dialog, and
 * each one's marks, read once per change rather than from the file at every keystroke.
 */
final class RecentList {
    private final RecentConnections store;
    private final ObservableList<String> urls = FXCollections.observableArrayList();
    private List<RecentConnections.Entry> entries = List.of();

    RecentList(RecentConnections store) {
        this.store = store;
        reload();
    }

    ObservableList<String> urls() {
        return urls;
    }

    /** Keeps the URL as typed (without its password) with the marks it was opened with, newest first. */
    void remember(String typed, Safeguards marks) {
        store.remember(typed, marks);
        reload();
    }

    Optional<Safeguards> safeguardsOf(String url) {
        String safe = url == null ? "" : RecentConnections.withoutPassword(url.strip());
        return entries.stream().filter(e -> e.url().equals(safe)).map(RecentConnections.Entry::safeguards).findFirst();
    }

    private void reload() {
        entries = store.entries();
        urls.setAll(entries.stream().map(RecentConnections.Entry::url).toList());
    }
}
