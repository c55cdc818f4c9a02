package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;
import java.util.List;

/**
 * A history started on a database Rowboat did not make: the first revision, whose upgrade creates
 * the tables as they are and whose downgrade drops them, the file it goes to, and Rowboat's own
 * tables the stamp creates. {@link Migrations#planBaseline} makes one without writing anything,
 * so a person can be asked; {@link Migrations#baseline(Baseline)} writes it and stamps.
 *
 * @param file   where the revision file is written
 * @param tables the database's tables the revision creates, in creation order
 */
public record Baseline(Revision revision, String file, List<String> tables) {
    /** What the stamp adds to the database: nothing else of it changes. */
    public static final List<String> BOOKKEEPING_TABLES = List.of(VersionStore.VERSION, VersionStore.HISTORY, MigrationLock.TABLE);

    public Baseline {
        tables = List.copyOf(tables);
    }
}
