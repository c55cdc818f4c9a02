package dev.rowboat.ui.main;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.RowCount;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Safeguards;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.StartupTimeline;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.WriteGuard;
import dev.rowboat.ui.connect.ConnectTarget;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.grid.EntityTableViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The window's state: which database is open, its entities with row counts, the status line. */
public final class MainWindowViewModel implements ConnectTarget {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MainWindowViewModel.class);
    private final DatabaseConnector connector;
    private boolean reopened;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final RecentList recent;
    private final ObjectProperty<OpenDatabase> database = new SimpleObjectProperty<>();
    private final ObservableList<EntitySummary> entities = FXCollections.observableArrayList();
    /** The schemas the open database could show instead (PostgreSQL), and the one it shows. */
    private final ObservableList<String> schemas = FXCollections.observableArrayList();
    private final StringProperty schema = new SimpleStringProperty();
    private final StringProperty status = new SimpleStringProperty("No database open. Use File > Open database (Ctrl+O).");
    private final StringProperty server = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** How far an open is, for the status bar: -1 while the size of its step is not known. */
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    /** The unit of work of the open connection; a new one with each connection. */
    private final ObjectProperty<ChangesViewModel> changes = new SimpleObjectProperty<>();
    private final dev.rowboat.ui.relations.RelationsViewModel relations;
    /** Where each connection's console history is kept; tests that do not say get a folder of their own. */
    private java.nio.file.Path consoleFolder;
    private java.nio.file.Path diagramFolder;
    private final ConnectionMarks marks = new ConnectionMarks();
    private LayoutViewModel layout;
    private java.nio.file.Path logFolder;

    public MainWindowViewModel(DatabaseConnector connector, TaskExecutor executor, Notifier notifier, RecentConnections recent) {
        this.connector = connector;
        this.executor = executor;
        this.notifier = notifier;
        this.recent = new RecentList(recent);
        this.relations = new dev.rowboat.ui.relations.RelationsViewModel(executor, () -> database.get().catalog());
        this.layout = LayoutViewModel.none(executor);
    }

    /** Where Help › Open log folder goes (the data folder's {@code logs}). */
    public void keepLogsIn(java.nio.file.Path folder) {
        this.logFolder = folder;
    }

    public java.nio.file.Path logFolder() {
        return logFolder;
    }

    /** Opens the log folder in the desktop's file manager; a failure is said in the status line. */
    public void openLogFolder() {
        if (logFolder == null) {
            status.set("This window keeps no log file.");
            return;
        }
        dev.rowboat.ui.common.FolderOpener.open(logFolder, sentence -> executor.onFxThread(() -> status.set(sentence)));
    }

    /** Keeps the window's layout per database in this store (the data folder's {@code settings}). */
    public void keepWindowLayoutIn(dev.rowboat.data.settings.SettingsStore store) {
        this.layout = LayoutViewModel.keptIn(store, executor);
    }

    /** The window's layout per database: theme, bounds, dividers, column widths, open grids. */
    public LayoutViewModel layout() {
        return layout;
    }

    @Override
    public Optional<Safeguards> safeguardsOf(String url) {
        return recent.safeguardsOf(url);
    }

    /** A message, so that the connection's "Connected to" does not hide it a moment later. */
    @Override
    public void tell(String title, String sentence) {
        notifier.error(title, sentence, null);
    }

    public ReadOnlyObjectProperty<OpenDatabase> databaseProperty() { return database; }
    public ObservableList<EntitySummary> entities() { return entities; }
    @Override
    public ObservableList<String> recentUrls() { return recent.urls(); }
    public ObservableList<String> schemas() { return schemas; }
    public StringProperty schemaProperty() { return schema; }
    public StringProperty statusProperty() { return status; }
    public StringProperty serverProperty() { return server; }
    public BooleanProperty busyProperty() { return busy; }
    /** The open's progress while {@link #busyProperty() busy}: a fraction, or -1 (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyObjectProperty<ChangesViewModel> changesProperty() { return changes; }
    /** The open connection's marks: read-only, production, and the window title that shows them. */
    public ConnectionMarks marks() { return marks; }
    /** The relations panel's state: the selected row's associations and references. */
    public dev.rowboat.ui.relations.RelationsViewModel relations() { return relations; }

    /** Whether there are edits that switching or closing would throw away. */
    public boolean hasUnsavedChanges() {
        return changes.get() != null && changes.get().hasChanges();
    }

    /**
     * Opens a database in the background. A missing file is created only after the person says
     * yes; every other failure goes to {@code onError} as a sentence, and the open database stays.
     *
     * @param rememberAs the URL as typed, kept (without password) in the recent list; null to skip
     */
    @Override
    public void open(ConnectionSpec spec, ConnectOptions options, String rememberAs, Consumer<Throwable> onError, Runnable onOpened) {
        if (!options.createIfMissing() && !confirmDiscard("Open another database")) {
            onError.accept(new DatabaseException(DatabaseException.Kind.CANCELLED, "Not opened: your unsaved changes are kept. Save or discard them first."));
            return;
        }
        busy.set(true);
        progress.set(-1);
        String before = status.get();
        status.set("Connecting to " + spec.displayUrl() + " …");
        OpenDatabase current = database.get();
        // H2 keeps one engine per file, in the mode of its first connection: the file open for
        // writing must be closed before it can open read-only (and the other way round)
        boolean closeFirst = current != null && current.sharesEngineWith(spec) && current.readOnly() != spec.readOnly();
        executor.submit("Connect", (cancel, steps) -> {
            if (closeFirst) {
                current.close();
            }
            return connector.connect(spec, options, steps);
        }, this::showStep, db -> {
            use(db); // busy until its rows are counted
            if (rememberAs != null) {
                recent.remember(rememberAs, spec.safeguards());
            }
            onOpened.run();
        }, failure -> {
            busy.set(false);
            progress.set(-1);
            status.set(before);
            if (closeFirst && database.get() == current) {
                closed(current);
            }
            if (failure instanceof DatabaseException e && e.kind() == DatabaseException.Kind.FILE_MISSING
                    && !options.createIfMissing() && !spec.readOnly()) {
                if (notifier.confirm("Create a new database?", e.getMessage() + " Create a new " + spec.dbms().displayName()
                        + " database there, with the microblog tables?")) {
                    open(spec, options.allowingCreate(), rememberAs, onError, onOpened);
                } else {
                    onError.accept(new DatabaseException(DatabaseException.Kind.FILE_MISSING, e.getMessage() + " Nothing was created."));
                }
                return;
            }
            onError.accept(failure);
        });
    }

    /**
     * Opens at start-up; failures are shown as a message and the window stays usable. A URL the
     * recent list knows keeps its marks: a production database opened by {@code --url} without
     * {@code --production} is still production.
     */
    public void openAtStartup(ConnectionSpec spec, ConnectOptions options, String rememberAs) {
        Safeguards remembered = rememberAs == null ? Safeguards.NONE : safeguardsOf(rememberAs).orElse(Safeguards.NONE);
        open(spec.withSafeguards(spec.safeguards().or(remembered)), options, rememberAs, failure -> notifier.error("Could not open the database", Messages.sentence(failure), failure), () -> { });
    }

    /** With unsaved changes, asks before they are thrown away; true when it may go on. */
    public boolean confirmDiscard(String action) {
        if (!hasUnsavedChanges()) {
            return true;
        }
        int n = changes.get().pending().count();
        return notifier.confirm(action + " and lose your changes?", "You have " + (n == 1 ? "1 unsaved change" : n + " unsaved changes")
                + ". " + action + " anyway and throw " + (n == 1 ? "it" : "them") + " away?");
    }

    /** The import preview of an entity of the open database; its rows go to this connection's unit of work. */
    public dev.rowboat.ui.transfer.ImportViewModel newImport(dev.rowboat.data.catalog.EntityInfo entity) {
        return new dev.rowboat.ui.transfer.ImportViewModel(entity, () -> database.get().catalog(),
                dev.rowboat.ui.transfer.ImportViewModel.Target.of(database.get().imports()), changes.get(), executor);
    }

    public EntityTableViewModel gridFor(EntitySummary summary) {
        return new EntityTableViewModel(database.get().pages(), summary.info(), summary.count(), executor, changes.get());
    }

    /** A grid of an entity limited to what one row holds (a user's posts). */
    public java.util.Optional<EntityTableViewModel> gridFor(String entity, dev.rowboat.data.paging.Scope scope) {
        StartupTimeline.process().mark("entity clicked");
        return entities.stream().filter(e -> e.name().equals(entity)).findFirst().map(summary ->
                new EntityTableViewModel(database.get().pages(), summary.info(), summary.count(), executor, changes.get(), scope));
    }

    /** Keeps where the diagram's boxes were dragged in this folder (the data folder's {@code diagram}). */
    public void keepDiagramPositionsIn(java.nio.file.Path folder) {
        this.diagramFolder = folder;
    }

    /**
     * The ER diagram of the open database; a click on a box goes to {@code onOpenEntity}.
     *
     * @param around the entity a large schema's diagram starts around (the one selected); null for the first
     */
    public dev.rowboat.ui.diagram.DiagramViewModel newDiagram(String around, Consumer<String> onOpenEntity) {
        OpenDatabase db = database.get();
        java.nio.file.Path folder = diagramFolder != null ? diagramFolder : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "rowboat-diagram");
        var diagram = new dev.rowboat.ui.diagram.DiagramViewModel(db.catalog(), around, executor,
                dev.rowboat.data.diagram.DiagramPositions.of(folder, db.spec().displayUrl()), notifier);
        diagram.setOnOpenEntity(onOpenEntity);
        return diagram;
    }

    /** Keeps the consoles' history and saved queries in this folder (the data folder's {@code console}). */
    public void keepConsoleHistoryIn(java.nio.file.Path folder) {
        this.consoleFolder = folder;
    }

    /**
     * A query console on the open database, in its unit of work.
     *
     * @param onSchemaChanged the console committed DDL: the window closes grids built for the old schema
     */
    public dev.rowboat.ui.console.ConsoleViewModel newConsole(Runnable onSchemaChanged) {
        OpenDatabase db = database.get();
        if (consoleFolder == null) {
            try {
                consoleFolder = java.nio.file.Files.createTempDirectory("rowboat-console");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        var history = dev.rowboat.data.console.ConsoleHistory.load(consoleFolder, db.spec().displayUrl());
        return new dev.rowboat.ui.console.ConsoleViewModel(database::get, executor, changes::get, notifier,
                query -> gridFor(query.entity(), dev.rowboat.data.paging.Scope.ofQuery(query.hql())), onSchemaChanged, history);
    }

    /** Whether the database in use is the previous one opened again after a migration (not another one). */
    public boolean reopened() {
        return reopened;
    }

    /** Re-reads the row counts (and the live columns) of the open database, e.g. after a save; the status line stays. */
    public void refreshEntities() {
        readAgain(null, false);
    }

    /**
     * View › Refresh (F5): the schema and every entity's row count read again, the status line
     * said anew from them, and the shown grid's rows where it is, with its new count.
     *
     * @param shown the grid in front; null when none is
     */
    public void refresh(EntityTableViewModel shown) {
        readAgain(shown, true);
    }

    private void readAgain(EntityTableViewModel shown, boolean sayConnected) {
        OpenDatabase db = database.get();
        if (db == null) {
            return;
        }
        executor.submit("Read schema", cancel -> db.refreshCatalog(), catalog -> {
            if (database.get() != db) {
                return;
            }
            entities.setAll(catalog.entities().stream().map(e -> new EntitySummary(e, null)).toList());
            if (sayConnected) {
                status.set(ConnectedSentence.of(db));
            }
            loadCounts(db, null, true, (name, count) -> {
                if (shown != null && name.equals(shown.entity().name())) {
                    shown.recounted(count);
                }
            });
            if (shown != null) {
                shown.reloadInPlace();
            }
        }, this::report);
    }

    /**
     * After a migration: opens the database again, so the entities are reflected from the tables
     * it has now, with their row counts. Pending edits are kept.
     */
    public void reopenAfterSchemaChange() {
        OpenDatabase db = database.get();
        if (db == null) {
            return;
        }
        reopen(db, "Read schema", () -> connector.reopen(db.spec()), () -> { });
    }

    /** Opens {@code db} again in the background, keeping its pending edits; {@code then} runs once it is in use. */
    private void reopen(OpenDatabase db, String what, java.util.function.Supplier<OpenDatabase> opening, Runnable then) {
        executor.submit(what, cancel -> opening.get(), fresh -> {
            if (database.get() != db) {
                fresh.close(); // the window closed, or another database was opened, meanwhile
                return;
            }
            use(fresh, true);
            then.run();
        }, this::report);
    }

    /** Names an entity's rows by another attribute; {@code then} runs once the grids may reload. */
    public void chooseLabel(EntitySummary summary, String attribute, java.util.function.Consumer<EntityCatalog> then) {
        OpenDatabase db = database.get();
        if (db == null) {
            return;
        }
        executor.submit("Label " + summary.name(), cancel -> db.chooseLabel(summary.name(), attribute), catalog -> {
            for (int i = 0; i < entities.size(); i++) {
                EntitySummary old = entities.get(i);
                entities.set(i, new EntitySummary(catalog.get(old.name()), old.count()));
            }
            status.set(summary.name() + " rows are now labelled by " + attribute + ".");
            then.accept(catalog);
        }, this::report);
    }

    /** Replaces an entity's estimate with an exact COUNT(*), on request. */
    public void countExactly(EntitySummary summary) {
        OpenDatabase db = database.get();
        if (db == null || !summary.info().available()) {
            return;
        }
        executor.submit("Count " + summary.name(), cancel -> db.pages().count(summary.name(), java.util.List.of(), cancel),
                n -> replaceCount(summary.name(), new RowCount(n, RowCount.Precision.EXACT)), this::report);
    }

    /** The database that was open is closed (to open its file in another mode, which failed): the window shows none. */
    private void closed(OpenDatabase db) {
        database.set(null);
        entities.clear();
        changes.set(null);
        marks.show(null);
        server.set("");
        status.set("No database open: " + db.spec().displayUrl() + " was closed to open it in another mode.");
    }

    public void shutdown() {
        OpenDatabase db = database.get();
        database.set(null);
        if (db != null) {
            db.close();
        }
    }

    private void use(OpenDatabase db) {
        use(db, false);
    }

    /** @param keepChanges the same database opened again: its pending edits stay */
    private void use(OpenDatabase db, boolean keepChanges) {
        reopened = keepChanges;
        OpenDatabase old = database.get();
        entities.clear();
        if (!keepChanges || changes.get() == null) {
            // follows the database in use, which a migration may have reopened
            changes.set(new ChangesViewModel(() -> database.get().changes(), executor, WriteGuard.of(db.spec(), notifier)));
        }
        marks.show(db.spec());
        database.set(db);
        if (old != null) {
            executor.submit("Close", cancel -> {
                old.close();
                return null;
            }, ignored -> { }, this::report);
        }
        // the counts made while the window was built (on the first open) come with the list itself
        entities.setAll(db.catalog().entities().stream().map(e -> new EntitySummary(e,
                e.tablePresent() ? db.rowCounts().takeCountedAhead(e.table()).orElse(null) : null)).toList());
        StartupTimeline.process().mark("entity list");
        String connected = ConnectedSentence.of(db);
        server.set(db.server().describe());
        if (keepChanges) {
            // opened again after a migration: what the caller says next stays, the counts come quietly
            status.set(connected);
            loadCounts(db, null);
        } else {
            loadCounts(db, connected); // says connected once the rows are counted
        }
        loadSchemas(db);
    }

    private void loadSchemas(OpenDatabase db) {
        schemas.clear();
        schema.set(null);
        executor.submit("Schemas", cancel -> db.schemaChoice(), found -> {
            if (database.get() == db) {
                schemas.setAll(found.schemas());
                schema.set(found.current());
            }
        }, this::report);
    }

    /**
     * Names an association of an entity anew, for this database from now on. Refused while edits
     * are pending (they name the association as it is); the database is opened again with the name.
     */
    public void renameAssociation(EntitySummary summary, String association, String newName) {
        OpenDatabase db = database.get();
        if (db == null || newName == null || newName.isBlank() || newName.strip().equals(association)) {
            return;
        }
        if (hasUnsavedChanges()) {
            status.set("Not renamed: save or discard your changes first.");
            return;
        }
        String name = newName.strip();
        reopen(db, "Rename " + association, () -> connector.renameAssociation(db.spec(), summary.name(), association, name),
                () -> status.set(summary.name() + "." + association + " is now called " + name + " in this database."));
    }

    /** Shows another schema of the same PostgreSQL database: it is opened again with that one current. */
    public void chooseSchema(String chosen) {
        OpenDatabase db = database.get();
        if (db == null || chosen == null || chosen.equals(schema.get())) {
            return;
        }
        open(dev.rowboat.data.PostgresSchemas.choose(db.spec(), chosen), ConnectOptions.defaults(), null,
                failure -> notifier.error("Could not show schema " + chosen, Messages.sentence(failure), failure), () -> { });
    }

    /** Shows a step the open reported: "Reading tables 240 of 1,000 …" and how far it is. */
    private void showStep(dev.rowboat.ui.common.TaskProgress step) {
        StartupTimeline.process().markOpenerStep(step.step());
        progress.set(step.fraction());
        status.set(step.step() + " …");
    }

    /**
     * Estimates, in the background, the rows of each entity the list has no count for yet.
     *
     * @param connected the status once all are counted; while they are, the steps ("Counting rows
     *                  240 of 1,000") show, and the window stays busy. Null to count quietly.
     */
    private void loadCounts(OpenDatabase db, String connected) {
        loadCounts(db, connected, false, (name, count) -> { });
    }

    /**
     * @param recount every entity counted again (a refresh), not only those the list has no count for
     * @param counted told each entity's new count, once it is in the list
     */
    private void loadCounts(OpenDatabase db, String connected, boolean recount,
                            java.util.function.BiConsumer<String, RowCount> counted) {
        List<EntitySummary> toCount = entities.stream().filter(s -> s.info().tablePresent() && (s.count() == null || recount)).toList();
        Counting counting = new Counting(db, connected, toCount.size());
        for (EntitySummary summary : toCount) {
            String table = summary.info().table();
            executor.submit("Estimate " + summary.name(), cancel -> db.rowCounts().estimate(table),
                    count -> {
                        if (database.get() == db) {
                            replaceCount(summary.name(), count);
                            counted.accept(summary.name(), count);
                        }
                        counting.oneMore();
                    }, failure -> {
                        report(failure);
                        counting.failedOne();
                    });
        }
    }

    /**
     * The status and the busy state while an open's rows are counted: "Counting rows 240 of 1,000",
     * then {@code connected}. With no {@code connected} (a reopen) the counting is quiet.
     */
    private final class Counting {
        private final OpenDatabase db;
        private final String connected;
        private final int total;
        private int done;
        private boolean failed;
        /** The status this counting wrote last; another one written meanwhile (a failure, a message) stays. */
        private String shown;

        Counting(OpenDatabase db, String connected, int total) {
            this.db = db;
            this.connected = connected;
            this.total = total;
            if (connected == null) {
                return;
            }
            if (total == 0) {
                finish(true);
            } else {
                busy.set(true);
                show();
            }
        }

        void failedOne() {
            failed = true;
            oneMore();
        }

        void oneMore() {
            done++;
            if (connected == null || database.get() != db) {
                return;
            }
            boolean ours = status.get().equals(shown);
            if (done < total) {
                if (ours) {
                    show();
                }
            } else {
                finish(ours && !failed);
            }
        }

        private void show() {
            showStep(countingStep(done, total));
            shown = status.get();
        }

        private void finish(boolean sayConnected) {
            StartupTimeline.process().mark("counts");
            busy.set(false);
            progress.set(-1);
            if (sayConnected) {
                status.set(connected);
            }
        }
    }

    private static dev.rowboat.ui.common.TaskProgress countingStep(int done, int total) {
        return new dev.rowboat.ui.common.TaskProgress("Counting rows " + dev.rowboat.schema.Progress.count(done) + " of "
                + dev.rowboat.schema.Progress.count(total), done, total);
    }

    private void replaceCount(String name, RowCount count) {
        for (int i = 0; i < entities.size(); i++) {
            if (entities.get(i).name().equals(name)) {
                entities.set(i, entities.get(i).withCount(count));
            }
        }
    }

    private void report(Throwable failure) {
        LOG.warn("{}", Messages.sentence(failure), failure);
        status.set(Messages.sentence(failure));
    }
}
