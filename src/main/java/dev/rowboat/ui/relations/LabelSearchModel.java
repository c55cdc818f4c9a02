package dev.rowboat.ui.relations;

import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelPage;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Rows of one entity found by label as the person types: each search runs on the server in the
 * background (the previous one is cancelled), and more rows are read a page at a time, by keyset,
 * only when the person reaches the end of the list. The list never holds more than they scrolled to.
 */
public final class LabelSearchModel {
    public static final int PAGE_SIZE = 50;

    private final LabelSearch search;
    private final TaskExecutor executor;
    private final String entity;
    private final Scope scope;
    private final boolean outside;
    private final ObservableList<LabelMatch> matches = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TaskHandle running;
    private String text = "";

    /** @param scope only rows one owner holds (a post's tags), or null for every row */
    public LabelSearchModel(LabelSearch search, TaskExecutor executor, String entity, Scope scope) {
        this(search, executor, entity, scope, false);
    }

    private LabelSearchModel(LabelSearch search, TaskExecutor executor, String entity, Scope scope, boolean outside) {
        this.search = search;
        this.executor = executor;
        this.entity = entity;
        this.scope = scope;
        this.outside = outside;
    }

    /** Only the rows the scope's owner does not hold: what it can still link. */
    public static LabelSearchModel outside(LabelSearch search, TaskExecutor executor, String entity, Scope scope) {
        return new LabelSearchModel(search, executor, entity, scope, true);
    }

    public ObservableList<LabelMatch> matches() { return matches; }
    public ReadOnlyBooleanProperty moreProperty() { return more.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    /** "12 found", "50+ found, scroll for more", "Nothing matches …", or a failure in words. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public String entity() { return entity; }
    /** The text of the last search. */
    public String text() { return text; }

    /** Starts a new search; what an earlier one still had to say is dropped. */
    public void search(String typed) {
        text = typed == null ? "" : typed;
        run(null);
    }

    /** The next page after what is listed, if there is one and none is being read. */
    public void loadMore() {
        if (more.get() && !loading.get() && !matches.isEmpty()) {
            run(matches.get(matches.size() - 1));
        }
    }

    /** Searches again with the same text (after the rows changed). */
    public void refresh() {
        search(text);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        loading.set(false);
    }

    private void run(LabelMatch after) {
        cancel();
        loading.set(true);
        String typed = text;
        running = executor.submit("Find " + entity + " \"" + typed + "\"",
                cancel -> outside ? search.searchOutside(entity, typed, scope, after, PAGE_SIZE, cancel)
                        : search.search(entity, typed, scope, after, PAGE_SIZE, cancel),
                page -> show(page, after == null, typed),
                failure -> {
                    loading.set(false);
                    if (!Messages.isCancellation(failure)) {
                        status.set(Messages.sentence(failure));
                    }
                });
    }

    private void show(LabelPage page, boolean first, String typed) {
        if (first) {
            matches.setAll(page.matches());
        } else {
            matches.addAll(page.matches());
        }
        more.set(page.more());
        if (matches.isEmpty()) {
            String among = outside ? " among the " + entity + " rows not linked yet" : "";
            status.set(typed.isBlank() ? (outside ? "Every " + entity + " row is linked already." : "No " + entity + " rows.")
                    : "Nothing matches \"" + typed.strip() + "\"" + among + ".");
        } else {
            status.set(matches.size() + (page.more() ? "+ found; scroll for more" : " found"));
        }
        loading.set(false); // last: whoever waits for the search finds its rows in place
    }
}
