package dev.rowboat.ui.grid;

import dev.rowboat.data.RowCount;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.EntityPages;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.Page;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.paging.SortKey;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.relations.RelationsGrid;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One entity's grid: a bounded window of rows over the whole table, moved page by page with
 * keyset queries as the person scrolls, jumps, sorts and filters. Holds no Hibernate objects,
 * only rows as plain values.
 */
public final class EntityTableViewModel implements RelationsGrid {
    public static final int PAGE_SIZE = 100;
    /** Rows kept in memory at most; pages fall off the other end as the window moves. */
    public static final int WINDOW_ROWS = RowWindow.MAX_ROWS;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EntityTableViewModel.class);
    private static final NumberFormat COUNT = NumberFormat.getIntegerInstance(Locale.US);
    /** Columns whose values are hidden until the person asks to see them. */
    private static final java.util.regex.Pattern SECRET =
            java.util.regex.Pattern.compile("(?i)password|passwd|secret|token|api_?key|hash");

    private final EntityPages pages;
    /** Replaced only when its label changes (see {@link #relabel}); its name and attributes stay. */
    private volatile EntityInfo entity;
    private final TaskExecutor executor;
    private final ChangesViewModel changes;
    private final GridEditing editing;
    private final Scope scope;
    private final RowWindow window = new RowWindow();
    private final ObjectProperty<SortKey> sort = new SimpleObjectProperty<>();
    private final Map<String, Filter> filters = new LinkedHashMap<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final IntegerProperty selectRequest = new SimpleIntegerProperty(-1);
    private final ObjectProperty<RowCount> rowCount = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableSet<String> masked = FXCollections.observableSet();
    private TaskHandle running;
    private boolean runningIsStep;

    public EntityTableViewModel(EntityPages pages, EntityInfo entity, RowCount estimate, TaskExecutor executor,
                                ChangesViewModel changes) {
        this(pages, entity, estimate, executor, changes, null);
    }

    /** @param scope limits the grid to what one row holds (a user's posts); null for the whole entity */
    public EntityTableViewModel(EntityPages pages, EntityInfo entity, RowCount estimate, TaskExecutor executor,
                                ChangesViewModel changes, Scope scope) {
        this.scope = scope;
        this.pages = pages;
        this.entity = entity;
        this.executor = executor;
        this.changes = changes;
        this.editing = new GridEditing(entity, changes, message, pages::entity);
        this.rowCount.set(scope == null ? estimate : null);
        changes.pending().revisionProperty().addListener((o, old, n) -> window.showNewRows(editing.newRows()));
        window.showNewRows(editing.newRows()); // rows added before this grid was opened
        entity.attributes().stream().filter(a -> a.isText() && SECRET.matcher(a.name()).find())
                .forEach(a -> masked.add(a.name()));
        if (!entity.available()) {
            message.set(entity.name() + " cannot be shown: " + entity.whyUnavailable());
        } else if (entity.keyless()) {
            message.set("Read-only. " + entity.readOnlyReason());
        }
    }

    @Override
    public EntityInfo entity() { return entity; }

    /** The entity as the catalog has it after its label changed: this grid's places ("User john") are named by the new label. */
    public void relabel(EntityInfo current) {
        if (current.name().equals(entity.name())) {
            entity = current;
        }
    }
    public ObservableList<Row> rows() { return window.rows(); }
    public ObjectProperty<SortKey> sortProperty() { return sort; }
    public ReadOnlyBooleanProperty moreBeforeProperty() { return window.moreBeforeProperty(); }
    public ReadOnlyBooleanProperty moreAfterProperty() { return window.moreAfterProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading; }
    public StringProperty messageProperty() { return message; }
    public StringProperty positionProperty() { return position; }
    /** Where the window is in the whole order, 0 to 1: the position slider. */
    public DoubleProperty fractionProperty() { return fraction; }
    /** The index of a row the view should select and scroll to (after "go to id"). */
    public IntegerProperty selectRequestProperty() { return selectRequest; }
    public ObjectProperty<RowCount> rowCountProperty() { return rowCount; }

    /** Editing the rows of this grid: cells, new rows, duplicates, deletes. */
    /**
     * Pastes TSV or CSV text at a cell (Ctrl+V): cells of the rows shown are overwritten, rows
     * past the last become new rows; the status line says what happened or why nothing did.
     */
    public void paste(int startRow, List<AttributeInfo> columns, int startColumn, String text) {
        String outcome = new GridPaste(editing).paste(rows(), startRow, columns, startColumn, text == null ? "" : text);
        if (outcome.startsWith("Pasted")) {
            message.set(""); // the grid's bar is for what went wrong; the status line says what was done
            editing.changes().messageProperty().set(outcome);
        } else {
            message.set(outcome);
        }
    }

    public GridEditing editing() {
        return editing;
    }

    @Override
    public boolean isNew(Row row) {
        return GridEditing.isNew(row);
    }

    @Override
    public Object valueOf(Row row, int index) {
        return editing().valueOf(row, index);
    }

    /**
     * Marks rows for deletion and says at once which rows of other entities still refer to them,
     * rather than leaving it to a foreign-key error on Save.
     */
    public void delete(List<Row> selected) {
        if (!editing.mayChangeRows()) {
            return;
        }
        editing.delete(selected);
        List<Object> ids = selected.stream().filter(r -> !GridEditing.isNew(r)).map(Row::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        executor.submit("References to deleted rows", cancel -> {
            java.util.Map<String, Long> total = new java.util.LinkedHashMap<>();
            for (Object id : ids) {
                for (var reference : pages.referencesTo(entity.name(), id, cancel)) {
                    total.merge(reference.entity() + "." + reference.attribute(), reference.count(), Long::sum);
                }
            }
            total.values().removeIf(n -> n == 0);
            return total;
        }, total -> {
            if (!total.isEmpty()) {
                List<String> parts = total.entrySet().stream().map(e -> COUNT.format(e.getValue()) + " " + e.getKey()).toList();
                message.set((ids.size() == 1 ? entity.name() + " " + ids.get(0) + " is" : ids.size() + " of these rows are")
                        + " still referred to by " + String.join(" and ", parts) + " rows. Save will be refused where the"
                        + " database has a foreign key, and otherwise leave them pointing at nothing: change or delete those first.");
            }
        }, this::failed);
    }

    /** Where this grid's database work runs, for the dialogs it opens (the to-one picker). */
    public TaskExecutor executor() { return executor; }

    /** The pages this grid reads, for related queries (references to a row). */
    @Override
    public EntityPages pages() {
        return pages;
    }

    public Scope scope() {
        return scope;
    }

    /**
     * Where following a link cell leads: a to-one cell to its target row, a to-many cell to the
     * rows it counts. Empty for other cells, unsaved new rows and empty links.
     */
    @Override
    public java.util.Optional<dev.rowboat.ui.relations.Place> follow(Row row, AttributeInfo attribute) {
        if (GridEditing.isNew(row)) {
            return java.util.Optional.empty();
        }
        int index = entity.attributes().indexOf(attribute);
        Object value = editing.valueOf(row, index);
        if (attribute.kind() == AttributeKind.TO_ONE && value instanceof dev.rowboat.data.paging.RefValue link
                && !(link.id() instanceof dev.rowboat.ui.edit.NewRowId)) {
            return java.util.Optional.of(new dev.rowboat.ui.relations.Place(link.entity(), null, link.id(), attribute.name()));
        }
        if (attribute.kind() == AttributeKind.TO_MANY) {
            return java.util.Optional.of(new dev.rowboat.ui.relations.Place(attribute.targetEntity(),
                    new Scope(entity.name(), row.id(), attribute.name()), null, attribute.name()));
        }
        return java.util.Optional.empty();
    }

    /** The place of a row of this grid, named by its label ("User john"). */
    @Override
    public dev.rowboat.ui.relations.Place placeOf(Row row) {
        AttributeInfo label = entity.labelAttribute();
        Object value = row.cells().get(entity.attributes().indexOf(label));
        String name = label.kind() == AttributeKind.ID || value == null ? entity.name() + " " + row.id() : entity.name() + " " + value;
        return new dev.rowboat.ui.relations.Place(entity.name(), scope, row.id(), name);
    }

    public boolean isMasked(String attribute) {
        return masked.contains(attribute);
    }

    public javafx.collections.ObservableSet<String> masked() {
        return masked;
    }

    /** Shows or hides the values of a masked column (password hashes are hidden by default). */
    public void toggleMask(String attribute) {
        if (!masked.remove(attribute)) {
            masked.add(attribute);
        }
    }

    @Override
    public ChangesViewModel changes() {
        return changes;
    }

    /**
     * A cell's text as the grid shows it, for a copy: a link by its label, a hidden secret as its
     * mask, NULL as nothing (an empty spreadsheet cell), binary as its hex and size.
     */
    public String shownText(Row row, AttributeInfo attribute) {
        Object value = valueOf(row, entity.attributes().indexOf(attribute));
        if (value == null) {
            return "";
        }
        if (isMasked(attribute.name())) {
            return "••••••••";
        }
        String text = CellText.format(value);
        return value instanceof java.time.LocalDateTime && attribute.zone() != null ? text + " " + attribute.zone() : text;
    }

    /**
     * The Export… dialog's state for this grid: its rows with its filters, order and scope as they
     * are now, each as its table stores it.
     */
    public dev.rowboat.ui.transfer.ExportViewModel exportViewModel() {
        SortKey order = sort.get();
        java.util.List<Filter> filtering = java.util.List.copyOf(filters().values());
        Scope within = scope();
        String what = "the " + entity.name() + " grid" + (filtering.isEmpty() && within == null ? "" : " (as filtered)");
        java.nio.file.Path suggested = java.nio.file.Path.of(System.getProperty("user.home"),
                entity.table().toLowerCase(java.util.Locale.ROOT) + ".csv");
        return new dev.rowboat.ui.transfer.ExportViewModel(executor, what,
                () -> dev.rowboat.data.transfer.GridExportSource.of(pages, entity.name(), order, filtering, within), pages.dbms(), suggested);
    }

    public Map<String, Filter> filters() {
        return Map.copyOf(filters);
    }

    /** The view keeps the visible rows in place when rows are added (+) or dropped (-) above them. */
    public void setOnWindowShift(IntConsumer listener) {
        window.setOnShift(listener);
    }

    public void loadFirst() {
        load(Anchor.first(), page -> shown(() -> {
            window.replace(page, 0, true);
            dev.rowboat.ui.common.StartupTimeline.process().mark("first rows");
        }));
    }

    public void loadLast() {
        loadLast(() -> { });
    }

    /** The last page; then {@code atEnd}, where Ctrl+End puts the very last row in sight. */
    public void loadLast(Runnable atEnd) {
        load(Anchor.last(), page -> shown(() -> {
            window.replace(page, Math.max(0, total() - page.rows().size()), total() > 0);
            atEnd.run();
        }));
    }

    /** Jumps near a fraction of the way through the order, as the position slider does. */
    public void jumpTo(double where) {
        if (where <= 0) {
            loadFirst();
        } else if (where >= 1) {
            loadLast();
        } else {
            load(new Anchor.Fraction(where), page -> shown(() -> window.replace(page, Math.round(where * total()), false)));
        }
    }

    public void loadNext() {
        if (window.persistedCount() == 0 || !window.moreAfterProperty().get() || isStepping()) {
            return;
        }
        step(new Anchor.After(window.lastKey()), page -> shown(() -> window.append(page)));
    }

    public void loadPrevious() {
        if (window.persistedCount() == 0 || !window.moreBeforeProperty().get() || isStepping()) {
            return;
        }
        step(new Anchor.Before(window.firstReadKey()), page -> shown(() -> window.prepend(page)));
    }

    public void sortBy(String attribute, boolean descending) {
        SortKey requested = attribute == null ? null : new SortKey(attribute, descending);
        if (!java.util.Objects.equals(requested, sort.get())) {
            sort.set(requested);
            loadFirst();
        }
    }

    /** Sets or, with an empty value, removes the filter of one column, and reloads. */
    public void setFilter(Filter filter) {
        boolean empty = filter.op().needsValue() && filter.value().isBlank();
        Filter old = empty ? filters.remove(filter.attribute()) : filters.put(filter.attribute(), filter);
        if (!java.util.Objects.equals(old, empty ? null : filter)) {
            loadFirst();
        }
    }

    /**
     * Find (Ctrl+F): only the rows with this text in any of their text columns, ignoring case,
     * as a filter beside the columns' own; an empty text removes it.
     */
    public void find(String text) {
        setFilter(Filter.anyText(text == null ? "" : text));
    }

    /** What Find looks for now; empty when it is off. */
    public String findText() {
        Filter find = filters.get(Filter.ANY_TEXT);
        return find == null ? "" : find.value();
    }

    public void clearFilters() {
        if (!filters.isEmpty()) {
            filters.clear();
            loadFirst();
        }
    }

    /** What the go-to-id field asks for: an id, or a composite key's values separated by commas. */
    public String goToIdPrompt() {
        return entity.compositeId() ? "Go to " + dev.rowboat.data.paging.IdText.prompt(entity) + "…" : "Go to id…";
    }

    /**
     * Like the tutorial's {@code User.query.get(1)}: the page starting at that row, selected. A
     * composite key's values are typed separated by commas, {@code 3, 7}.
     */
    public void goToId(String idText) {
        if (idText == null || idText.isBlank()) {
            return;
        }
        String id = idText.strip();
        SortKey currentSort = sort.get();
        List<Filter> currentFilters = List.copyOf(filters.values());
        cancelRunning();
        loading.set(true);
        running = executor.submit("Find " + entity.name() + " " + id, cancel -> {
            var key = pages.keyOf(entity.name(), currentSort, currentFilters, scope, id, cancel);
            if (key.isEmpty()) {
                boolean hiddenByFilter = !currentFilters.isEmpty()
                        && pages.keyOf(entity.name(), currentSort, List.of(), scope, id, cancel).isPresent();
                return new GoToResult(null, OptionalDouble.empty(), hiddenByFilter);
            }
            Page page = pages.fetch(request(new Anchor.At(key.get())), cancel);
            return new GoToResult(page, pages.fractionOf(entity.name(), currentSort, currentFilters, scope, key.get(), cancel), false);
        }, result -> {
            loading.set(false);
            if (result.page() == null) {
                message.set(result.hiddenByFilter()
                        ? entity.name() + " " + id + " exists but the filters hide it. Clear them to see it."
                        : "There is no " + entity.name() + " with id " + id + ".");
                return;
            }
            // Where the row lies is estimated from its key between the smallest and largest (no count),
            // unless no row comes before it: the smallest key is the first place, the largest the last.
            boolean top = !result.page().moreBefore();
            long start = top ? 0 : result.fraction().isPresent()
                    ? Math.round(result.fraction().getAsDouble() * Math.max(0, total() - 1)) : window.start();
            shown(() -> window.replace(result.page(), start, top));
            selectRequest.set(-1);
            selectRequest.set(0);
        }, this::failed);
    }

    private record GoToResult(Page page, OptionalDouble fraction, boolean hiddenByFilter) {
    }

    /** Counts the rows that match the filters exactly; this may scan the table. */
    public void countRows() {
        List<Filter> currentFilters = List.copyOf(filters.values());
        loading.set(true);
        running = executor.submit("Count " + entity.name(), cancel -> pages.count(entity.name(), currentFilters, scope, cancel),
                n -> {
                    loading.set(false);
                    if (currentFilters.isEmpty()) {
                        rowCount.set(new RowCount(n, RowCount.Precision.EXACT));
                    }
                    message.set(COUNT.format(n) + (!currentFilters.isEmpty() ? " rows match the filters."
                            : scope != null ? " rows here." : " rows in " + entity.name() + "."));
                    updatePosition();
                }, this::failed);
    }

    public void refresh() {
        loadFirst();
    }

    /** The table's rows counted again (F5): the position says "of" the new count. */
    public void recounted(RowCount count) {
        if (scope == null && count != null) {
            rowCount.set(count);
            updatePosition();
        }
    }

    public void cancel() {
        cancelRunning();
        message.set("Cancelled.");
    }

    private boolean isStepping() {
        return running != null && !running.isDone() && runningIsStep;
    }

    private void load(Anchor anchor, Consumer<Page> apply) {
        if (!entity.available()) {
            return;
        }
        cancelRunning();
        run(anchor, apply, false);
    }

    private void step(Anchor anchor, Consumer<Page> apply) {
        run(anchor, apply, true);
    }

    private void run(Anchor anchor, Consumer<Page> apply, boolean isStep) {
        PageRequest request = request(anchor);
        loading.set(true);
        runningIsStep = isStep;
        running = executor.submit("Load " + entity.name(), cancel -> pages.fetch(request, cancel), page -> {
            loading.set(false);
            message.set("");
            apply.accept(page);
        }, this::failed);
    }

    private PageRequest request(Anchor anchor) {
        return new PageRequest(entity.name(), sort.get(), new ArrayList<>(filters.values()), anchor, PAGE_SIZE, scope);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        if (!Messages.isCancellation(failure)) {
            if (failure instanceof dev.rowboat.schema.DatabaseException e && e.kind() == dev.rowboat.schema.DatabaseException.Kind.INVALID_VALUE) {
                LOG.debug("{} grid: {}", entity.name(), e.getMessage()); // the person's input, shown to them; no fault
            } else {
                LOG.warn("{} grid: {}", entity.name(), Messages.sentence(failure), failure);
            }
            message.set(Messages.sentence(failure));
        }
    }

    private void cancelRunning() {
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        loading.set(false);
    }

    private void shown(Runnable windowChange) {
        windowChange.run();
        updatePosition();
    }

    private long total() {
        RowCount count = rowCount.get();
        return count == null ? 0 : count.value();
    }

    /** Reads the current window again where it is (after a save), keeping the person's place. */
    public void reloadInPlace() {
        if (window.persistedCount() == 0) {
            loadFirst();
            return;
        }
        long start = window.start();
        boolean exact = window.isExact();
        load(new Anchor.At(window.firstReadKey()), page -> shown(() -> window.replace(page, start, exact)));
    }

    private void updatePosition() {
        int read = window.persistedCount();
        long start = window.start();
        boolean moreAfter = window.moreAfterProperty().get();
        if (read == 0) {
            position.set(filters.isEmpty() ? "No rows." : "No rows match the filters.");
            fraction.set(0);
            return;
        }
        String range = COUNT.format(start + 1) + "–" + COUNT.format(start + read);
        if (window.isExact() && !moreAfter && filters.isEmpty()) {
            // the end is in view: these are all the rows, whatever a count read before a save said
            rowCount.set(new RowCount(start + read, RowCount.Precision.EXACT));
        }
        String of = filters.isEmpty() && rowCount.get() != null ? " of " + rowCount.get().describe() : "";
        String more = moreAfter ? "" : " (end)";
        position.set((window.isExact() ? "Rows " : "≈ rows ") + range + of + more);
        long total = Math.max(total(), start + read);
        fraction.set(!moreAfter ? 1 : total == 0 ? 0 : (double) start / total);
    }
}
