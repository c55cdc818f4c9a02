package dev.rowboat.ui.relations;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.paging.LabelMatch;
import dev.rowboat.data.paging.LabelSearch;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.ui.common.TaskExecutor;
import java.util.function.Consumer;

/**
 * Choosing the row a to-one attribute points at (a post's author) by searching its label, or
 * clearing it where the attribute may be NULL. What is chosen goes to {@code onChosen} (null for
 * cleared), which makes it a pending edit; the picker itself writes nothing.
 */
public final class ToOnePickerViewModel {
    private final AttributeInfo attribute;
    private final LabelSearchModel search;
    private final Consumer<RefValue> onChosen;

    public ToOnePickerViewModel(AttributeInfo attribute, LabelSearch labelSearch, TaskExecutor executor, Consumer<RefValue> onChosen) {
        this.attribute = attribute;
        this.search = new LabelSearchModel(labelSearch, executor, attribute.targetEntity(), null);
        this.onChosen = onChosen;
    }

    public LabelSearchModel search() {
        return search;
    }

    public AttributeInfo attribute() {
        return attribute;
    }

    /** Only an attribute that may be NULL can be cleared. */
    public boolean canClear() {
        return attribute.nullable();
    }

    public String title() {
        return "Choose " + attribute.name() + " (" + attribute.targetEntity() + ")";
    }

    public void choose(LabelMatch match) {
        if (match != null) {
            search.cancel();
            onChosen.accept(match.toRef());
        }
    }

    public void clear() {
        if (canClear()) {
            search.cancel();
            onChosen.accept(null);
        }
    }
}
