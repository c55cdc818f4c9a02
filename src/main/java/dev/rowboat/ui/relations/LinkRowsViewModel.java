package dev.rowboat.ui.relations;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.Scope;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.edit.Edits;
import dev.rowboat.ui.edit.PendingLink;
import dev.rowboat.ui.edit.RowRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Linking and unlinking the rows of one owner's many-to-many (a post's tags, whom a user follows):
 * the rows linked now (read a page at a time), plus the pending links, with the pending unlinks
 * marked; and a search of every row to add from. Each link or unlink is a pending, undoable edit
 * that Save writes with the others.
 */
public final class LinkRowsViewModel {
    private final ChangesViewModel changes;
    private final RowRef owner;
    private final AttributeInfo association;
    private final LabelSearchModel linkedSearch;
    private final LabelSearchModel candidates;
    private final ObservableList<LabelMatch> linked = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty linkedStatus = new SimpleStringProperty("");
    private final String title;

    public LinkRowsViewModel(ChangesViewModel changes, RowRef owner, String ownerLabel, AttributeInfo association,
                             LabelSearch search, TaskExecutor executor) {
        this.changes = changes;
        this.owner = owner;
        this.association = association;
        this.title = association.name() + " of " + owner.entity() + " " + ownerLabel;
        // a new owner holds nothing yet: its scope matches no stored row
        Scope scope = new Scope(owner.entity(), owner.isNew() ? null : owner.id(), association.name());
        this.linkedSearch = new LabelSearchModel(search, executor, association.targetEntity(), scope);
        // rows linked already are not offered again; those linked in this session are marked instead
        this.candidates = LabelSearchModel.outside(search, executor, association.targetEntity(), scope);
        linkedSearch.matches().addListener((javafx.collections.ListChangeListener<LabelMatch>) c -> rebuild());
        linkedSearch.statusProperty().addListener((o, old, now) -> showLinkedStatus());
        changes.pending().revisionProperty().addListener((o, old, now) -> rebuild());
    }

    public String title() { return title; }
    public LabelSearchModel linkedSearch() { return linkedSearch; }
    public LabelSearchModel candidates() { return candidates; }
    /** The pending links first, then the stored links as read so far. */
    public ObservableList<LabelMatch> linked() { return linked; }
    public StringProperty messageProperty() { return message; }
    /** What the stored links' search found, and how many links Save adds to them: "1 found; 1 more on Save". */
    public StringProperty linkedStatusProperty() { return linkedStatus; }

    /** Reads the first page of each list. */
    public void load() {
        if (!owner.isNew()) {
            linkedSearch.search("");
        }
        candidates.search("");
    }

    /** "linked on Save", "unlinked on Save", or the database's refusal; empty when nothing is pending. */
    public String stateOf(LabelMatch match) {
        return pendingFor(match).map(l -> changes.pending().problem(l).orElse(l.link() ? "linked on Save" : "unlinked on Save")).orElse("");
    }

    /** Whether Save would unlink this row: Unlink then keeps it instead. */
    public boolean unlinkPending(LabelMatch match) {
        return match != null && pendingFor(match).map(l -> !l.link()).orElse(false);
    }

    public void link(LabelMatch match) {
        if (match == null) {
            return;
        }
        boolean stored = linkedSearch.matches().stream().anyMatch(m -> same(m, match));
        boolean unlinkPending = pendingFor(match).map(l -> !l.link()).orElse(false);
        if (stored && !unlinkPending || pendingFor(match).map(PendingLink::link).orElse(false)) {
            message.set(label(match) + " is already linked.");
            return;
        }
        changes.execute(Edits.link(changes.pending(), change(match, true)));
        message.set(unlinkPending ? "The unlink of " + label(match) + " is taken back." : label(match) + " will be linked on Save.");
    }

    public void unlink(LabelMatch match) {
        if (match == null) {
            return;
        }
        if (unlinkPending(match)) {
            // a second Unlink (shown as "Keep linked") takes the first back: the row is not among the candidates
            changes.execute(Edits.link(changes.pending(), change(match, true)));
            message.set("The unlink of " + label(match) + " is taken back.");
            return;
        }
        boolean linkPending = pendingFor(match).map(PendingLink::link).orElse(false);
        changes.execute(Edits.link(changes.pending(), change(match, false)));
        message.set(linkPending ? "The link to " + label(match) + " is taken back." : label(match) + " will be unlinked on Save.");
    }

    private PendingLink change(LabelMatch match, boolean link) {
        return new PendingLink(owner, association.name(), match.entity(), match.id(), match.label(), link);
    }

    private java.util.Optional<PendingLink> pendingFor(LabelMatch match) {
        return changes.pending().links(owner, association.name()).stream()
                .filter(l -> Objects.equals(l.targetId(), match.id())).findFirst();
    }

    private void rebuild() {
        List<LabelMatch> shown = new ArrayList<>();
        for (PendingLink l : changes.pending().links(owner, association.name())) {
            if (l.link()) {
                shown.add(new LabelMatch(l.targetEntity(), l.targetId(), l.targetLabel()));
            }
        }
        linkedSearch.matches().stream().filter(m -> shown.stream().noneMatch(s -> same(s, m))).forEach(shown::add);
        linked.setAll(shown);
        showLinkedStatus();
    }

    private void showLinkedStatus() {
        long pendingLinks = changes.pending().links(owner, association.name()).stream().filter(PendingLink::link).count();
        String stored = owner.isNew() ? "" : linkedSearch.statusProperty().get();
        String more = pendingLinks == 0 ? "" : pendingLinks + " more on Save";
        linkedStatus.set(stored.isEmpty() || more.isEmpty() ? stored + more : stored + "; " + more);
    }

    private static boolean same(LabelMatch a, LabelMatch b) {
        return Objects.equals(a.id(), b.id()) && a.entity().equals(b.entity());
    }

    private static String label(LabelMatch match) {
        return match.label() == null ? "#" + match.id() : String.valueOf(match.label());
    }
}
