package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationPlan;
import dev.rowboat.migrate.MigrationStatus;
import dev.rowboat.migrate.Ownership;
import dev.rowboat.migrate.RevisionProgress;
import dev.rowboat.migrate.RevisionState;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.WriteGuard;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The migration panel: the repository's revisions with their state on this database, the SQL
 * the next Upgrade or Downgrade would run, and the runs themselves with a log. What Upgrade and
 * Downgrade do follows the selection: to the selected revision, else one step.
 *
 * <p>Only a database that is Rowboat's (or empty) is offered Upgrade and Downgrade. One that
 * another migration tool manages shows that tool's state and nothing to run; one with tables but
 * no version table is offered Start a history here… (a baseline in a folder) instead.
 */
public final class MigrationPanelViewModel {
    /** To the minute, as the list has room for; the revision file keeps the second. */
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final String BASELINE_MESSAGE = "baseline";

    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Runnable schemaChanged;
    private final WriteGuard guard;
    private MigrationWorkspace workspace;

    private final ObservableList<RevisionRow> revisions = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionRow> selected = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("Reading the migration history…");
    private final StringProperty location = new SimpleStringProperty();
    private final StringProperty locationText = new SimpleStringProperty();
    private final StringProperty sqlPreview = new SimpleStringProperty("");
    private final StringProperty previewTitle = new SimpleStringProperty("SQL that will run");
    private final StringProperty upgradeText = new SimpleStringProperty("Upgrade");
    private final StringProperty downgradeText = new SimpleStringProperty("Downgrade");
    private final BooleanProperty canUpgrade = new SimpleBooleanProperty();
    private final BooleanProperty canDowngrade = new SimpleBooleanProperty();
    private final BooleanProperty running = new SimpleBooleanProperty();
    /** How far a run is, for the bar: -1 (indeterminate) while it plans or before its first revision. */
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty otherToolsDatabase = new SimpleBooleanProperty();
    private final BooleanProperty canStartHistory = new SimpleBooleanProperty();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final RunLog runLog;
    private MigrationStatus lastStatus;
    private Consumer<Path> folderChosen = folder -> { };
    private Consumer<String> commandChosen = command -> { };
    private final BooleanProperty alembicProject = new SimpleBooleanProperty();

    public MigrationPanelViewModel(MigrationWorkspace workspace, TaskExecutor executor, Notifier notifier, Runnable schemaChanged) {
        this(workspace, executor, notifier, schemaChanged, WriteGuard.none());
    }

    /**
     * @param guard the connection's marks: on a read-only one nothing that writes runs (the
     *              database would refuse it); on a production one each run waits for the typed name
     */
    public MigrationPanelViewModel(MigrationWorkspace workspace, TaskExecutor executor, Notifier notifier, Runnable schemaChanged,
                                   WriteGuard guard) {
        this.guard = guard;
        this.workspace = workspace;
        this.executor = executor;
        this.notifier = notifier;
        this.schemaChanged = schemaChanged;
        this.runLog = new RunLog(log, executor);
        location.addListener((o, old, now) -> {
            alembicProject.set(this.workspace.alembicProject());
            locationText.set((this.workspace.alembicProject() ? "Alembic revisions (the project's own) from " : "Revisions from ") + now);
        });
        location.set(workspace.location());
        selected.addListener((o, old, row) -> updateActions());
    }

    public ObservableList<RevisionRow> revisions() { return revisions; }
    public ObjectProperty<RevisionRow> selectedProperty() { return selected; }
    public StringProperty statusProperty() { return status; }
    public StringProperty locationProperty() { return location; }
    /** Where the revisions come from, and whose format they are in, for the line under the status. */
    public StringProperty locationTextProperty() { return locationText; }
    public StringProperty sqlPreviewProperty() { return sqlPreview; }
    public StringProperty previewTitleProperty() { return previewTitle; }
    public StringProperty upgradeTextProperty() { return upgradeText; }
    public StringProperty downgradeTextProperty() { return downgradeText; }
    public BooleanProperty canUpgradeProperty() { return canUpgrade; }
    public BooleanProperty canDowngradeProperty() { return canDowngrade; }
    public BooleanProperty runningProperty() { return running; }
    /** The fraction of a run's revisions done, -1 where not known yet; the status says which revision runs. */
    public DoubleProperty progressProperty() { return progress; }
    /** Another migration tool manages the database: nothing of Rowboat's runs or is recorded there. */
    public BooleanProperty otherToolsDatabaseProperty() { return otherToolsDatabase; }
    /** Tables without a version table: Start a history here… instead of Upgrade. */
    public BooleanProperty canStartHistoryProperty() { return canStartHistory; }
    public ObservableList<String> log() { return log; }
    /** Whether the connection is read-only: Upgrade, Downgrade, Stamp, Autogenerate and Start a history are off. */
    public boolean readOnly() { return guard.readOnly(); }
    public MigrationWorkspace workspace() { return workspace; }

    /** Reads the history and the database's place in it again. */
    public void refresh() {
        MigrationWorkspace ws = workspace;
        executor.submit("Reading the migration history", cancel -> ws.migrations().status(), this::show, e -> {
            MigrationException m = migrationException(e);
            if (m != null && m.kind() == MigrationException.Kind.NOT_OWNED) {
                showOtherTools(m);
            } else {
                fail(e);
            }
        });
    }

    /**
     * Starts a history on a database with tables but no version table: asks, naming the revision
     * file {@code folder} gets and Rowboat's tables the database gets, then writes the baseline
     * (the tables as they are) and stamps the database at it. The folder becomes the panel's repository.
     */
    public void startHistory(Path folder) {
        if (running.get() || refusedReadOnly("Start a history")) {
            return;
        }
        MigrationWorkspace target = workspace.inFolder(folder);
        executor.submit("Reading the schema", cancel -> target.migrations().planBaseline(BASELINE_MESSAGE), plan -> {
            if (!notifier.confirm("Start a history here", BaselineText.question(plan)) || !mayWrite("start a history here")) {
                runLog.add("Cancelled: start a history in " + folder);
                return;
            }
            running.set(true);
            executor.submit("Starting a history", cancel -> target.migrations().baseline(plan), done -> {
                running.set(false);
                workspace = target;
                location.set(target.location());
                runLog.add("Wrote " + done.file() + " (" + done.tables().size() + " tables as they are) and recorded the database at "
                        + done.revision().id());
                refresh();
            }, e -> {
                running.set(false);
                fail(e);
                refresh();
            });
        }, this::fail);
    }

    public void upgrade() {
        Target target = PanelTargets.upgradeOf(selected.get(), lastStatus);
        run(target);
    }

    public void downgrade() {
        Target target = PanelTargets.downgradeOf(selected.get(), lastStatus);
        run(target);
    }

    /**
     * Records the selected revision as where the database stands, running nothing: adopting a
     * database whose tables were made another way (by Hibernate, by hand, by another tool).
     */
    public void stamp() {
        RevisionRow row = selected.get();
        if (row == null || running.get() || refusedReadOnly("Stamp") || !notifier.confirm("Stamp", "Record that the database is at “"
                + row.message() + "” without running anything?\n\nDo this only when its schema already matches that revision "
                + "(Autogenerate shows any difference afterwards).") || !mayWrite("stamp it at “" + row.message() + "”")) {
            return;
        }
        MigrationWorkspace ws = workspace;
        executor.submit("Stamping " + row.id(), cancel -> ws.migrations().stamp(row.id()), current -> {
            runLog.add("Stamped: the database is recorded at " + String.join(", ", current) + " (nothing was run)");
            // what is stamped is tables made another way, maybe since the window read the schema
            schemaChanged.run();
            refresh();
        }, this::fail);
    }

    /** Whether the revisions are an Alembic project's: Alembic command… is offered then. */
    public BooleanProperty alembicProjectProperty() { return alembicProject; }

    /** Where the Alembic command a person sets is remembered for this database. */
    public void onAlembicCommandChosen(Consumer<String> remember) {
        this.commandChosen = remember;
    }

    /**
     * Asks for the command that runs the project's own Alembic, for the revisions Rowboat cannot
     * read (e.g. {@code venv/bin/flask db}); blank goes back to {@code flask db} on PATH.
     */
    public void chooseAlembicCommand() {
        MigrationWorkspace ws = workspace;
        notifier.ask("Alembic command", "The command that runs this project's Alembic, for revisions with Python of their own "
                        + "(it runs in " + ws.location() + "'s project folder with DATABASE_URL set). Blank: `flask db` on PATH.",
                ws.alembicCommand() == null ? "" : ws.alembicCommand()).ifPresent(command -> {
            workspace = ws.withAlembicCommand(command);
            runLog.add(command.isBlank() ? "Revisions that need Alembic run with `flask db` on PATH"
                    : "Revisions that need Alembic run with `" + command.strip() + "`");
            commandChosen.accept(command.strip());
        });
    }

    /** Where the folder a person chooses is remembered for this database (the panel opens with it next time). */
    public void onFolderChosen(Consumer<Path> remember) {
        this.folderChosen = remember;
    }

    /**
     * Uses the history in {@code folder} for this database: an Alembic project as it is, else a
     * Rowboat repository there (created when missing).
     */
    public void useFolder(Path folder) {
        MigrationWorkspace current = workspace;
        executor.submit("Opening " + folder, cancel -> current.useFolder(folder), ws -> {
            workspace = ws;
            location.set(ws.location());
            runLog.add("Using " + (ws.alembicProject() ? "the Alembic project " : "the migration repository ") + ws.location());
            folderChosen.accept(folder);
            refresh();
        }, this::fail);
    }

    /** Autogenerates a candidate revision; {@code review} gets it on the FX thread (an empty one too). */
    public void autogenerate(Consumer<AutogenerateViewModel> review) {
        if (refusedReadOnly("Autogenerate")) {
            return;
        }
        MigrationWorkspace ws = workspace;
        executor.submit("Comparing the model with the database",
                cancel -> new AutogenerateViewModel.Draft(ws.draft(), ws.migrations().graph().heads()),
                draft -> review.accept(new AutogenerateViewModel(ws, draft, executor, notifier, revision -> {
                    runLog.add("Wrote revision " + revision.id() + ": " + revision.message());
                    if (ws.alembicProject()) {
                        recordDrift(ws, revision);
                    } else {
                        refresh();
                    }
                })), this::fail);
    }

    // A drift revision describes changes this database has already: it is recorded, not run, here
    private void recordDrift(MigrationWorkspace ws, Revision revision) {
        if (!mayWrite("record the database at " + revision.id())) {
            runLog.add("Not recorded: the database is not marked at " + revision.id() + "; Stamp does it later");
            refresh();
            return;
        }
        executor.submit("Recording " + revision.id(), cancel -> ws.migrations().stamp(revision.id()), at -> {
            runLog.add("Recorded the database at " + String.join(", ", at) + ": it has these changes already (other databases get "
                    + "them by Upgrade)");
            refresh();
        }, e -> {
            fail(e);
            refresh();
        });
    }

    private void run(Target target) {
        if (target == null || running.get() || refusedReadOnly(target.label())) {
            return;
        }
        MigrationWorkspace ws = workspace;
        running.set(true);
        progress.set(-1);
        executor.submit("Planning " + target.label(), cancel -> ws.migrations().plan(target.id(), target.direction()), plan -> {
            String losses = PlanText.destructive(plan);
            if (!losses.isEmpty() && !notifier.confirm(target.label(), target.label() + " loses data:\n" + losses + "\n\nRun it?")
                    || !mayWrite(lowerFirst(target.label()))) {
                running.set(false);
                runLog.add("Cancelled: " + target.label());
                return;
            }
            execute(ws, target, plan);
        }, e -> {
            running.set(false);
            fail(e);
        });
    }

    private void execute(MigrationWorkspace ws, Target target, MigrationPlan plan) {
        runLog.add(target.label() + ": " + plan.revisions().size() + " revision(s)");
        executor.submit(target.label(), (cancel, steps) -> ws.migrations().run(target.id(), target.direction(),
                new RevisionProgress(plan.revisions().size(), steps, runLog), false), this::showProgress, result -> {
            running.set(false);
            runLog.add("Done in " + result.took().toMillis() + " ms; the database is at "
                    + (result.current().isEmpty() ? "base" : String.join(", ", result.current())));
            schemaChanged.run();
            refresh();
        }, e -> {
            running.set(false);
            fail(e);
            schemaChanged.run();
            refresh();
        });
    }

    /** A run's step in the status line and the bar: which revision of how many, and how many are done. */
    private void showProgress(dev.rowboat.ui.common.TaskProgress step) {
        status.set(step.step() + "…");
        progress.set(step.fraction());
    }

    /** On a read-only connection: says so in the log, and true, so the action stops before anything is asked or run. */
    private boolean refusedReadOnly(String action) {
        if (guard.readOnly()) {
            runLog.add(WriteGuard.READ_ONLY + ": " + action + " is off (the database refuses writes)");
        }
        return guard.readOnly();
    }

    /** On a production connection, the typed name; elsewhere yes. */
    private boolean mayWrite(String action) {
        return guard.allow(action);
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private void showOtherTools(MigrationException e) {
        lastStatus = null;
        otherToolsDatabase.set(true);
        canStartHistory.set(false);
        revisions.clear();
        selected.set(null);
        status.set(e.getMessage());
        runLog.add(e.getMessage());
        updateActions();
        sqlPreview.set("-- Nothing of " + workspace.location() + " runs here: " + e.getMessage());
    }

    private void show(MigrationStatus s) {
        lastStatus = s;
        otherToolsDatabase.set(false);
        canStartHistory.set(s.ownership() == Ownership.UNVERSIONED && !workspace.alembicProject()); // Alembic projects stamp instead
        String keep = selected.get() == null ? null : selected.get().id();
        List<Revision> newestFirst = new ArrayList<>(s.revisions().stream().map(RevisionState::revision).toList());
        java.util.Collections.reverse(newestFirst);
        Map<String, String> lanes = RevisionLanes.of(newestFirst);
        List<RevisionRow> rows = new ArrayList<>();
        for (int i = s.revisions().size() - 1; i >= 0; i--) {
            RevisionState r = s.revisions().get(i);
            Revision rev = r.revision();
            rows.add(new RevisionRow(rev.id(), rev.message(), CREATED.format(rev.created()),
                    r.file(), r.applied(), s.current().contains(rev.id()), r.head(), r.edited(), rev.isMerge(), lanes.get(rev.id()),
                    !rev.unread().isEmpty()));
        }
        revisions.setAll(rows);
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        status.set(StatusText.of(s, workspace.alembicProject()));
        updateActions();
    }

    private void updateActions() {
        Target up = PanelTargets.upgradeOf(selected.get(), lastStatus);
        Target down = PanelTargets.downgradeOf(selected.get(), lastStatus);
        canUpgrade.set(up != null);
        canDowngrade.set(down != null);
        upgradeText.set(up == null ? "Upgrade" : up.label());
        downgradeText.set(down == null ? "Downgrade" : down.label());
        Target shown = selected.get() != null && selected.get().applied() && down != null ? down : up != null ? up : down;
        if (shown == null) {
            previewTitle.set("SQL that will run");
            sqlPreview.set(lastStatus == null ? ""
                    : lastStatus.ownership() == Ownership.UNVERSIONED ? "-- Nothing runs here: the database is not Rowboat's yet"
                    : "-- Nothing to run: no revisions in " + workspace.location());
            return;
        }
        previewTitle.set(shown.label() + " will run");
        MigrationWorkspace ws = workspace;
        executor.submit("Planning " + shown.label(), cancel -> PlanText.of(ws.migrations().plan(shown.id(), shown.direction())),
                sqlPreview::set, e -> sqlPreview.set("-- Cannot plan " + shown.label() + ": " + e.getMessage()));
    }

    private void fail(Throwable e) {
        MigrationException m = migrationException(e);
        Throwable cause = m != null ? m : e;
        runLog.add("Failed: " + cause.getMessage());
        notifier.error("Migration", cause.getMessage(), cause);
    }

    private static MigrationException migrationException(Throwable e) {
        return e instanceof MigrationException direct ? direct : e.getCause() instanceof MigrationException wrapped ? wrapped : null;
    }

    /** Where Upgrade or Downgrade goes. */
    record Target(String id, Direction direction, String label) {
    }
}
