package dev.rowboat.app;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.ui.common.StartupTimeline;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar rowboat.jar [--url URL]} opens the window; subcommands are the command-line
 * tools. Not a JavaFX {@code Application} itself, so the shaded jar starts without a module path.
 */
@Command(name = "rowboat", mixinStandardHelpOptions = true, version = "Rowboat 0.1",
        description = "A desktop explorer for ORM-mapped databases.",
        subcommands = {SampleCommand.class, DbCommand.class, DiagramCommand.class, ExportCommand.class, ImportCommand.class})
public final class Main implements Callable<Integer> {
    @Option(names = "--url", paramLabel = "URL",
            description = "Database to open: a JDBC URL or a SQLAlchemy URL such as sqlite:////abs/path or postgresql://user:pw@host/db. "
                    + "Default: $DATABASE_URL, else the embedded sample database.")
    String url;

    @Option(names = "--read-only", description = "Open the database read-only: the database session refuses every write, "
            + "and editing, Save and migrations are off.")
    boolean readOnly;

    @Option(names = "--production", description = "Mark the database as production: a coloured frame and title, and Save and "
            + "migrations ask you to type the database's name first.")
    boolean production;

    public static void main(String[] args) {
        StartupTimeline timeline = StartupTimeline.process();
        timeline.mark("main");
        if (Boolean.getBoolean("rowboat.timeline")) {
            // the process's CPU time beside each mark: on a busy machine it moves less than the wall clock
            timeline.listen(mark -> System.err.println("rowboat-timeline " + mark.phase() + " " + mark.ms() + " cpu "
                    + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L)));
        }
        if (args.length > 0 && (args[0].equals("db") || args[0].equals("export"))) {
            DbStartup.prepare(args);
        }
        if (args.length > 0 && args[0].equals("diagram")) {
            System.setProperty("java.awt.headless", "true"); // the PNG is drawn with Java2D, without a display
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as {@code main} runs it: the db commands' exit codes listed in the help of
     * {@code rowboat} and {@code rowboat db}, and a failure nothing else caught said in a sentence,
     * never a stack trace.
     */
    static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** {@link #commandLine()} with the subcommands made by {@code factory}. */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes of the db commands:%n").exitCodeList(ExitCode.helpList());
        cli.getSubcommands().get("db").getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList());
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println(e instanceof DatabaseException || e instanceof MigrationException ? e.getMessage()
                    : "Failed: " + DatabaseException.reasonOf(e));
            failed.getErr().flush();
            return e instanceof DatabaseException known ? ExitCode.of(known.kind()).code()
                    : e instanceof MigrationException engine ? ExitCode.of(engine.kind()).code()
                    : failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return cli;
    }

    @Override
    public Integer call() {
        RowboatApplication.launch(windowConfig());
        return 0;
    }

    /** The window's configuration, as the options give it. */
    RowboatApplication.AppConfig windowConfig() {
        return RowboatApplication.AppConfig.fromArguments(url, System.getenv(), new dev.rowboat.schema.Safeguards(readOnly, production));
    }
}
