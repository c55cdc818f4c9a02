package dev.rowboat.ui.edit;

/** One undoable edit (as Scene Builder's Job): applied, reverted, and described for the menu. */
public interface EditCommand {
    void apply();

    void revert();

    String description();
}
