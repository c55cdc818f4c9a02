package dev.rowboat.app;

import dev.rowboat.data.DatabaseException;
import dev.rowboat.migrate.MigrationException;
import dev.rowboat.migrate.Migrations;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat db}: the migration engine for scripts and CI. Plain lines on stdout, errors on
 * stderr with exit status 1 (2 for usage). {@code migrate} and {@code check} (autogenerate)
 * are in {@link DbDraftCommands}.
 */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"Migrate a database's schema with the revisions of a migration repository.",
                "With no --dir: ./migrations when that folder exists, else the built-in microblog history, "
                        + "so `rowboat db upgrade` brings the default embedded database to the head."},
        subcommands = {DbCommands.Init.class, DbCommands.Upgrade.class, DbCommands.Downgrade.class, DbCommands.Current.class,
                DbCommands.History.class, DbCommands.Heads.class, DbCommands.Merge.class, DbCommands.NewRevision.class,
                DbCommands.Stamp.class, DbCommands.Unlock.class, DbDraftCommands.Migrate.class, DbDraftCommands.Check.class})
final class DbCommand implements Callable<Integer> {
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

    static int execute(CommandSpec spec, DbOptions options, boolean needsDatabase, boolean mayCreate, Action action) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (needsDatabase && !mayCreate) {
                options.requireExistingFile();
            }
            Migrations migrations = needsDatabase ? options.open() : Migrations.offline(options.repository(), null);
            int code = action.run(migrations, out);
            out.flush();
            return code;
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return 2;
        } catch (MigrationException e) {
            out.flush();
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            out.flush();
            err.println("Failed: " + DatabaseException.reasonOf(e));
            return 1;
        } finally {
            err.flush();
        }
    }
}
