package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.api.Revision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the revision graph as text lanes, newest first, the way {@code git log --graph} does:
 * one column per open branch, so branches and merges are visible without a drawing canvas.
 */
final class RevisionLanes {
    private RevisionLanes() {
    }

    /** Lane text per revision id, for revisions given newest first. */
    static Map<String, String> of(List<Revision> newestFirst) {
        Map<String, String> out = new HashMap<>();
        List<String> lanes = new ArrayList<>();
        for (Revision r : newestFirst) {
            int column = lanes.indexOf(r.id());
            if (column < 0) {
                lanes.add(r.id());
                column = lanes.size() - 1;
            }
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < lanes.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(i == column ? '●' : lanes.get(i).equals(r.id()) ? '┘' : '│');
            }
            out.put(r.id(), text.toString());
            // Lanes that waited for this revision end here; its parents take its place.
            final int keep = column;
            List<String> next = new ArrayList<>();
            for (int i = 0; i < lanes.size(); i++) {
                if (i == keep) {
                    // A parent another lane also waits for gets a lane here too: the two meet (┘) at the parent.
                    next.addAll(r.downRevisions().stream().distinct().toList());
                } else if (!lanes.get(i).equals(r.id())) {
                    next.add(lanes.get(i));
                }
            }
            lanes.clear();
            lanes.addAll(next);
        }
        return out;
    }
}
