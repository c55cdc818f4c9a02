package dev.rowboat.app;

import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.ReadOnlySessions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat db}: the migration engine for scripts and CI. Plain lines on stdout, errors as a
 * sentence on stderr with an {@link ExitCode} a script can tell apart. {@code migrate} and
 * {@code check} (autogenerate) are in {@link DbDraftCommands}.
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
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE.code();
    }

    /** What each subcommand does with an open engine; errors become a sentence and an exit code. */
    interface Action {
        int run(Migrations migrations, PrintWriter out) throws Exception;
    }

    /** A command that writes was given {@code --read-only}: nothing is run, and the usage status says so. */
    static int refuseReadOnly(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("`db " + spec.name() + "` changes the database or the migration files, so it does not run with --read-only. "
                + "Only current, history, heads and check (and upgrade or downgrade with --sql) take it.");
        err.flush();
        return ExitCode.USAGE.code();
    }

    static int execute(CommandSpec spec, DbOptions options, boolean needsDatabase, boolean mayCreate, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (needsDatabase && !mayCreate) {
                options.requireExistingFile();
            }
            if (needsDatabase && mayCreate) {
                options.makeInstanceFolder();
            }
            Migrations migrations = needsDatabase ? options.open() : options.offline();
            int code = action.run(migrations, out);
            out.flush();
            return code;
        } catch (ParameterException e) {
            throw e; // picocli says it with the usage, exit 2
        } catch (DatabaseException e) {
            out.flush();
            err.println(e.getMessage());
            return ExitCode.of(e.kind()).code();
        } catch (MigrationException e) {
            out.flush();
            err.println(e.getMessage());
            PartialRuns.describe(e).ifPresent(err::println);
            return ExitCode.of(e.kind()).code();
        } catch (ClassNotFoundException e) {
            err.println("No class " + e.getMessage() + " on the classpath: check the --entity name and the classpath.");
            return ExitCode.USAGE.code();
        } catch (Exception e) {
            out.flush();
            if (ReadOnlySessions.refused(e)) {
                err.println(ReadOnlySessions.REFUSED);
                return ExitCode.USAGE.code();
            }
            err.println("Failed: " + DatabaseException.reasonOf(e));
            return ExitCode.MIGRATION_FAILED.code();
        } finally {
            err.flush();
        }
    }
}
