package dev.rowboat.ui.common;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Safeguards;

/**
 * Whether a write the person asked for goes ahead on this connection: never on a read-only one
 * (the database would refuse it anyway; the UI turns the control off and says why first), and on
 * a production one only after the person typed the database's name, as GitHub asks for a
 * repository's name before deleting it. One per connection, shared by Save and the migration panel.
 */
public final class WriteGuard {
    /** The reason shown wherever a control is off because of it. */
    public static final String READ_ONLY = "Read-only connection";

    private final Safeguards safeguards;
    private final String databaseName;
    private final Notifier notifier;

    public WriteGuard(Safeguards safeguards, String databaseName, Notifier notifier) {
        this.safeguards = safeguards;
        this.databaseName = databaseName;
        this.notifier = notifier;
    }

    /** Nothing to guard: an unmarked connection. */
    public static WriteGuard none() {
        return new WriteGuard(Safeguards.NONE, "", null);
    }

    public static WriteGuard of(ConnectionSpec spec, Notifier notifier) {
        return new WriteGuard(spec.safeguards(), spec.databaseName(), notifier);
    }

    public boolean readOnly() {
        return safeguards.readOnly();
    }

    public boolean production() {
        return safeguards.production();
    }

    /** What the person types to confirm a write to production. */
    public String databaseName() {
        return databaseName;
    }

    /**
     * Asks, where it must, whether {@code action} may run; on the FX thread, before any database
     * work starts.
     *
     * @param action what would be done, as a person says it: "save 3 changes", "upgrade to “tags”"
     * @return true to go ahead
     */
    public boolean allow(String action) {
        if (safeguards.readOnly()) {
            return false;
        }
        if (!safeguards.production()) {
            return true;
        }
        return notifier.confirmByTyping("Production database",
                "This is the production database " + databaseName + ". To " + action + " here, type its name.", databaseName);
    }
}
