package dev.rowboat.data.paging;

import java.util.List;

/** Rows found by label, in label order; {@code more} when the order goes on after the last. */
public record LabelPage(List<LabelMatch> matches, boolean more) {
    public LabelPage {
        matches = List.copyOf(matches);
    }

    public LabelMatch last() {
        return matches.isEmpty() ? null : matches.get(matches.size() - 1);
    }
}
