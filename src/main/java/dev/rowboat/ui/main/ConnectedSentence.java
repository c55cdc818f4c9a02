package dev.rowboat.ui.main;

import dev.rowboat.data.OpenDatabase;

/**
 * The status line of an open database, from its catalog as it is now: "Connected to URL
 * (read-only) — 2 of the model's entities have no table here". Said again whenever the catalog
 * is read again (a migration, a stamp, a refresh), so it never speaks of tables since made.
 */
final class ConnectedSentence {
    private ConnectedSentence() {
    }

    static String of(OpenDatabase db) {
        long missing = db.catalog().entities().stream().filter(e -> !e.tablePresent()).count();
        return "Connected to " + db.spec().displayUrl() + (db.readOnly() ? " (read-only)" : "")
                + (missing == 0 ? "" : " — " + missing + " of the model's entities have no table here");
    }
}
