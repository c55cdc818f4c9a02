package dev.rowboat.ui.edit;

import dev.rowboat.data.edit.LinkRow;
import dev.rowboat.data.edit.NewRowRef;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.UnlinkRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The pending links and unlinks of one connection, in the order made. Linking what a pending
 * unlink removes (or the reverse) takes the pending change back instead of adding a second one.
 */
final class PendingLinks {
    private final List<PendingLink> links = new ArrayList<>();

    int size() {
        return links.size();
    }

    List<PendingLink> all() {
        return List.copyOf(links);
    }

    void restore(List<PendingLink> snapshot) {
        links.clear();
        links.addAll(snapshot);
    }

    void clear() {
        links.clear();
    }

    /** Adds the change, or takes back its opposite; false when it is already pending. */
    boolean toggle(PendingLink change) {
        for (int i = 0; i < links.size(); i++) {
            PendingLink pending = links.get(i);
            if (pending.samePair(change)) {
                if (pending.link() == change.link()) {
                    return false;
                }
                links.remove(i);
                return true;
            }
        }
        links.add(change);
        return true;
    }

    List<PendingLink> of(RowRef owner, String association) {
        return links.stream().filter(l -> l.owner().equals(owner) && l.association().equals(association)).toList();
    }

    long countFor(String entity) {
        return links.stream().filter(l -> l.owner().entity().equals(entity)).count();
    }

    /** The owner's rows that are new get the id their insert will get. */
    List<RowEdit> toEdits() {
        List<RowEdit> edits = new ArrayList<>();
        for (PendingLink l : links) {
            RowRef owner = l.owner();
            Object ownerId = owner.isNew() ? new NewRowRef(owner.entity(), owner.newRowNumber()) : owner.id();
            Object targetId = l.targetId() instanceof NewRowId n ? new NewRowRef(l.targetEntity(), n.number()) : l.targetId();
            edits.add(l.link() ? new LinkRow(owner.entity(), ownerId, l.association(), targetId)
                    : new UnlinkRow(owner.entity(), ownerId, l.association(), targetId));
        }
        return edits;
    }
}
