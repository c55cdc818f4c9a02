package dev.rowboat.migrate;

import dev.rowboat.migrate.api.ForeignTool;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whose a database is before the engine writes into it: another tool's version table
 * refuses everything, tables without Rowboat's version table refuse runs. One metadata query.
 */
final class OwnershipCheck {
    private OwnershipCheck() {
    }

    /** @throws MigrationException NOT_OWNED when another migration tool's version table is there */
    static Ownership read(Connection c) throws SQLException {
        Set<String> tables = SqlTables.names(c);
        List<ForeignTool> tools = ForeignTools.detect(c, tables);
        if (!tools.isEmpty()) {
            throw MigrationException.notOwned(sentence(tools), tools);
        }
        if (tables.contains(VersionStore.VERSION)) {
            return Ownership.VERSIONED;
        }
        // SQLite's own tables, and a lock or history table a refused run of an older Rowboat left, are no one's data
        boolean empty = tables.stream().allMatch(SqlTables::bookkeeping);
        return empty ? Ownership.EMPTY : Ownership.UNVERSIONED;
    }

    /**
     * Runs a history only where Rowboat's version table is, or where there is nothing yet.
     *
     * @throws MigrationException UNVERSIONED for tables without a version table
     */
    static void requireRunnable(Ownership ownership, String repository) {
        if (ownership == Ownership.UNVERSIONED) {
            throw new MigrationException(Kind.UNVERSIONED, "This database has tables but no Rowboat version table (rowboat_version): "
                    + "Rowboat did not make them, so it does not run " + repository + "'s revisions over them. Nothing was changed. "
                    + "To manage it with Rowboat, start a history from its tables as they are (`rowboat db baseline --dir FOLDER`, "
                    + "or Start a history here… in the Migrations panel), or stamp a revision its schema already matches.");
        }
    }

    static String sentence(List<ForeignTool> tools) {
        String which = tools.stream().map(t -> t.tool() + " (" + t.table() + ": " + t.state() + ")").collect(Collectors.joining(" and "));
        String names = tools.stream().map(ForeignTool::tool).collect(Collectors.joining(" and "));
        String commands = tools.stream().map(ForeignTools::command).collect(Collectors.joining(" or "));
        return "This database is managed by " + which + ". Rowboat leaves it to " + (tools.size() == 1 ? names : "them")
                + ": run " + commands + " there. Nothing was changed.";
    }
}
