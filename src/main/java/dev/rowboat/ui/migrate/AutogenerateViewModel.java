package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.RenameQuestion;
import dev.rowboat.migrate.repo.RevisionCodec;
import dev.rowboat.ui.common.Notifier;
import dev.rowboat.ui.common.TaskExecutor;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A candidate revision under review: its detected changes as the YAML file it will become
 * (editable), its warnings, and the renames to confirm. Accepting a rename rewrites the draft so
 * values are kept instead of dropped. Save writes the file; nothing runs until an Upgrade.
 */
public final class AutogenerateViewModel {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What autogenerate found, with the heads a new revision follows. */
    public record Draft(Candidate candidate, List<String> heads) {
    }

    private final MigrationWorkspace workspace;
    private final TaskExecutor executor;
    private final Notifier notifier;
    private final Consumer<Revision> written;
    private final List<String> heads;
    private final String id = HexFormat.of().formatHex(RANDOM.generateSeed(6));
    private Candidate candidate;

    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty();
    private final StringProperty summary = new SimpleStringProperty();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<RenameQuestion> renames = FXCollections.observableArrayList();
    private final BooleanProperty canSave = new SimpleBooleanProperty();
    private final StringProperty problem = new SimpleStringProperty("");

    AutogenerateViewModel(MigrationWorkspace workspace, Draft draft, TaskExecutor executor, Notifier notifier, Consumer<Revision> written) {
        this.workspace = workspace;
        this.executor = executor;
        this.notifier = notifier;
        this.written = written;
        this.heads = draft.heads();
        show(draft.candidate());
        canSave.bind(message.isNotEmpty().and(new SimpleBooleanProperty(!draft.candidate().isEmpty() && workspace.writable())));
        if (!workspace.writable() && !draft.candidate().isEmpty()) {
            problem.set(workspace.location() + " is read-only: choose a folder for your revisions (Use folder…) to save this one.");
        }
    }

    public StringProperty messageProperty() { return message; }
    public StringProperty textProperty() { return text; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty problemProperty() { return problem; }
    public ObservableList<String> warnings() { return warnings; }
    public ObservableList<RenameQuestion> renames() { return renames; }
    public BooleanProperty canSaveProperty() { return canSave; }
    public boolean isEmpty() { return candidate.isEmpty(); }

    /** "Yes, it was renamed": the draft renames instead of dropping and adding. */
    public void acceptRename(RenameQuestion question) {
        show(candidate.accept(question));
    }

    /** Writes the (possibly edited) draft as a revision file; {@code done} runs after it was written. */
    public void save(Runnable done) {
        Revision revision;
        try {
            Revision parsed = workspace.migrations().repository().parse(text.get(), "the draft");
            revision = new Revision(parsed.id(), parsed.downRevisions(), message.get().strip(), parsed.created(),
                    parsed.upgrade(), parsed.downgrade(), parsed.branchLabels(), parsed.unread());
        } catch (MigrationException e) {
            problem.set(e.getMessage());
            return;
        }
        executor.submit("Writing revision " + revision.id(), cancel -> workspace.migrations().repository().write(revision), file -> {
            written.accept(revision);
            done.run();
        }, e -> notifier.error("Could not write the revision", e.getMessage(), e));
    }

    private void show(Candidate next) {
        candidate = next;
        summary.set(next.isEmpty() ? (workspace.alembicProject() ? "No changes: the database matches its history's head. Nothing to write."
                : "No changes: the database matches the model. Nothing to write.")
                : next.summary().substring(0, 1).toUpperCase() + next.summary().substring(1) + ".");
        warnings.setAll(next.warnings());
        warnings.addAll(next.notes());
        renames.setAll(next.renames());
        Revision draft = new Revision(id, heads, message.get().isBlank() ? "describe this change" : message.get(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), next.upgrade(), next.downgrade());
        text.set(next.isEmpty() ? "" : workspace.migrations().repository().render(draft));
    }
}
