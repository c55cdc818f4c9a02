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
        description = "A desktop explorer for ORM-mapped databases.")
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
        // logback starts (LogSetup: its appenders, the log folder) on the other core, while this one reads the arguments
        Thread logging = new Thread(org.slf4j.LoggerFactory::getILoggerFactory, "rowboat-logging-setup");
        logging.setDaemon(true);
        logging.start();
        if (Boolean.getBoolean("rowboat.timeline")) {
            // the process's CPU time beside each mark: on a busy machine it moves less than the wall clock
            timeline.listen(mark -> System.err.println("rowboat-timeline " + mark.phase() + " " + mark.ms() + " cpu "
                    + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L)
                    + " thread " + StartupTimeline.threadCpuMillis() + " " + Thread.currentThread().getName()));
        }
        if (args.length > 0 && (args[0].equals("db") || args[0].equals("export"))) {
            DbStartup.prepare(args);
        }
        if (args.length > 0 && args[0].equals("diagram")) {
            System.setProperty("java.awt.headless", "true"); // the PNG is drawn with Java2D, without a display
        }
        java.util.Optional<Main> window = windowOnly(args);
        if (window.isPresent()) {
            // only the window's options: the window at once, without the quarter second of CPU picocli takes to load
            System.exit(window.get().call());
        }
        System.exit(run(args));
    }

    /**
     * The window's options when they are all the arguments, each plain and given once ({@code --url URL},
     * {@code --url=URL}, {@code --read-only}, {@code --production}); empty for anything else, which
     * picocli then reads, with its help and its sentences for mistakes. MainCommandLineTest holds the
     * two readings together.
     */
    static java.util.Optional<Main> windowOnly(String... args) {
        Main main = new Main();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--read-only") && !main.readOnly) {
                main.readOnly = true;
            } else if (arg.equals("--production") && !main.production) {
                main.production = true;
            } else if (arg.equals("--url") && main.url == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                main.url = args[++i];
            } else if (arg.startsWith("--url=") && main.url == null) {
                main.url = arg.substring("--url=".length());
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(main);
    }

    /** Runs the command line as typed; returns the exit code. */
    public static int run(String... args) {
        return commandLine(args).execute(args);
    }

    /** Each subcommand by the name its {@code @Command} gives it (MainCommandLineTest holds the two together). */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    /** In the order {@code rowboat --help} lists them. */
    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> named = new java.util.LinkedHashMap<>();
        named.put("sample", SampleCommand.class);
        named.put("db", DbCommand.class);
        named.put("diagram", DiagramCommand.class);
        named.put("export", ExportCommand.class);
        named.put("import", ImportCommand.class);
        return java.util.Collections.unmodifiableMap(named);
    }

    /**
     * The command line for these arguments. The subcommands are added only when an argument names
     * one, or asks for help or the version: reading their annotations costs a window start a fifth
     * of a second, picocli's classes being too old for the class-data archive.
     */
    public static CommandLine commandLine(String... args) {
        return commandLine(CommandLine.defaultFactory(), args);
    }

    /** As {@link #commandLine(String...)}, the commands made by {@code factory}. */
    public static CommandLine commandLine(CommandLine.IFactory factory, String... args) {
        CommandLine line = new CommandLine(new Main(), factory);
        boolean needsThem = java.util.Arrays.stream(args).anyMatch(arg -> SUBCOMMANDS.containsKey(arg)
                || arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version"));
        if (needsThem) {
            SUBCOMMANDS.forEach(line::addSubcommand);
            // the db commands' exit codes, in the help of rowboat and of rowboat db
            line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes of the db commands:%n")
                    .exitCodeList(ExitCode.helpList());
            line.getSubcommands().get("db").getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList());
        }
        // a failure nothing else caught is said in a sentence, never a stack trace
        line.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println(e instanceof DatabaseException || e instanceof MigrationException ? e.getMessage()
                    : "Failed: " + DatabaseException.reasonOf(e));
            failed.getErr().flush();
            return e instanceof DatabaseException known ? ExitCode.of(known.kind()).code()
                    : e instanceof MigrationException engine ? ExitCode.of(engine.kind()).code()
                    : failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return line;
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
