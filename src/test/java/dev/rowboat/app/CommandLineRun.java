package dev.rowboat.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs Rowboat's command line in this JVM as a person types it, keeping what it printed and its exit code. */
final class CommandLineRun {
    record Run(int exit, String out, String err) {
    }

    private CommandLineRun() {
    }

    static Run rowboat(List<String> args) {
        return run(Main.commandLine(args.toArray(String[]::new)), args);
    }

    /** As {@link #rowboat(List)}, the {@code db} commands seeing {@code environment} (EDITOR, PATH …) instead of this process's. */
    static Run rowboat(List<String> args, Map<String, String> environment) {
        return dbIn(null, environment, args);
    }

    /**
     * A {@code db} command as typed in {@code folder} (this JVM cannot change its own working
     * directory; null: this process's) with {@code environment} as the only environment variables.
     */
    static Run dbIn(Path folder, Map<String, String> environment, List<String> args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                K made = CommandLine.defaultFactory().create(type);
                if (made instanceof DbCommands.Base command) {
                    if (folder != null) {
                        command.options.workingDirectory = folder;
                    }
                    command.options.environment = environment;
                }
                return made;
            }
        };
        return run(Main.commandLine(factory, args.toArray(String[]::new)), args);
    }

    private static Run run(CommandLine cli, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }
}
