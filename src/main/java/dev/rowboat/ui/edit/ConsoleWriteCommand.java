package dev.rowboat.ui.edit;

import dev.rowboat.data.edit.ConsoleWrite;

/** A statement the console ran that waits for Save; undo takes it back out of the unit of work. */
final class ConsoleWriteCommand implements EditCommand {
    private final PendingEdits pending;
    private final ConsoleWrite write;

    ConsoleWriteCommand(PendingEdits pending, ConsoleWrite write) {
        this.pending = pending;
        this.write = write;
    }

    @Override
    public void apply() {
        pending.addConsoleWrite(write);
    }

    @Override
    public void revert() {
        pending.removeLastConsoleWrite(write);
    }

    @Override
    public String description() {
        return "console statement " + write.quoted();
    }
}
