package dev.rowboat.app;

import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.ReadOnlySessions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat db}: the migration engine for scripts and CI. Plain lines on stdout, errors on
 * stderr with an exit status a script can tell apart: 1 for a failure (and {@code check}'s
 * difference), 2 for usage and an unreachable or missing database, {@value #NOT_OWNED} for a
 * database another migration tool manages, {@value #UNVERSIONED} for tables without Rowboat's
 * version table. {@code migrate} and {@code check} (autogenerate) are in {@link DbDraftCommands}.
 */
@Command(name = "db", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, // --help on every db subcommand too
        description = {"Migrate a database's schema with the revisions of a migration repository.",
                "With no --dir: ./migrations when that folder exists, else the built-in microblog history, "
                        + "so `rowboat db upgrade` brings the default embedded database to the head."},
        subcommands = {DbCommands.Init.class, DbCommands.Upgrade.class, DbCommands.Downgrade.class, DbCommands.Current.class,
                DbCommands.History.class, DbCommands.Heads.class, DbCommands.Merge.class, DbCommands.NewRevision.class,
                DbCommands.Stamp.class, DbCommands.Baseline.class, DbCommands.Unlock.class, DbDraftCommands.Migrate.class,
                DbDraftCommands.Check.class, DbRevisionCommands.Show.class, DbRevisionCommands.Branches.class,
                DbRevisionCommands.Edit.class})
final class DbCommand implements Callable<Integer> {
    /** Exit status for a database another migration tool manages: nothing was done there. */
    static final int NOT_OWNED = 3;
    /** Exit status for a database with tables but no Rowboat version table: nothing was run. */
    static final int UNVERSIONED = 4;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** What each subcommand does with an open engine; errors become a sentence and an exit code. */
    interface Action {
        int run(Migrations migrations, PrintWriter out) throws Exception;
    }

    /** The exit status of an engine error: its own for the databases Rowboat leaves alone, else 1. */
    static int exitCode(MigrationException.Kind kind) {
        return switch (kind) {
            case NOT_OWNED -> NOT_OWNED;
            case UNVERSIONED -> UNVERSIONED;
            default -> 1;
        };
    }

    /** A command that writes was given {@code --read-only}: nothing is run, and the usage status says so. */
    static int refuseReadOnly(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("`db " + spec.name() + "` changes the database or the migration files, so it does not run with --read-only. "
                + "Only current, history, heads and check (and upgrade or downgrade with --sql) take it.");
        err.flush();
        return 2;
    }

    static int execute(CommandSpec spec, DbOptions options, boolean needsDatabase, boolean mayCreate, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (needsDatabase && !mayCreate) {
                options.requireExistingFile();
            }
            Migrations migrations = needsDatabase ? options.open() : options.offline();
            int code = action.run(migrations, out);
            out.flush();
            return code;
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return 2;
        } catch (MigrationException e) {
            out.flush();
            err.println(e.getMessage());
            return exitCode(e.kind());
        } catch (Exception e) {
            out.flush();
            err.println(ReadOnlySessions.refused(e) ? ReadOnlySessions.REFUSED : "Failed: " + DatabaseException.reasonOf(e));
            return 1;
        } finally {
            err.flush();
        }
    }
}
