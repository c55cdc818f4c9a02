package dev.rowboat.ui.main;

import dev.rowboat.schema.ConnectionSpec;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * How the window shows the open connection's marks: the title ("app.db — Rowboat", "PRODUCTION — shop — Rowboat"),
 * and whether the production frame and badge and the read-only badge are on. Kept apart from
 * the window's view-model, which only says which connection is open.
 */
public final class ConnectionMarks {
    static final String APP = "Rowboat";
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(APP);
    private final ReadOnlyBooleanWrapper production = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();

    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty productionProperty() { return production.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }

    /** The marks of the connection now open; null when none is. */
    void show(ConnectionSpec spec) {
        production.set(spec != null && spec.production());
        readOnly.set(spec != null && spec.readOnly());
        if (spec == null) {
            title.set(APP);
            return;
        }
        // "app.db — Rowboat": which database a window shows, in the task bar and the window switcher
        String name = spec.databaseName() + (spec.readOnly() ? " (read-only)" : "");
        title.set(spec.production() ? "PRODUCTION — " + name + " — " + APP : name + " — " + APP);
    }
}
