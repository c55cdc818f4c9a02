package dev.rowboat.ui.main;

import dev.rowboat.data.RowCount;
import dev.rowboat.data.catalog.EntityInfo;

/** A line of the entity list: the entity and its row count once known. */
public record EntitySummary(EntityInfo info, RowCount count) {
    public String name() {
        return info.name();
    }

    public String countText() {
        if (!info.tablePresent()) {
            return "missing";
        }
        return count == null ? "…" : count.describe();
    }

    public EntitySummary withCount(RowCount newCount) {
        return new EntitySummary(info, newCount);
    }
}
