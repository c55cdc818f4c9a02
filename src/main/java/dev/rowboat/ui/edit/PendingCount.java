package dev.rowboat.ui.edit;

import dev.rowboat.data.paging.CountValue;

/** A to-many cell with pending links or unlinks: "tags (2→3)". */
public record PendingCount(CountValue read, int added, int removed) {
    public long count() {
        return read.count() + added - removed;
    }

    @Override
    public String toString() {
        return read.attribute() + " (" + read.count() + "→" + count() + ")";
    }
}
