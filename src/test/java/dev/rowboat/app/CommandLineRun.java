package dev.rowboat.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** Runs Rowboat's command line in this JVM as a person types it, keeping what it printed and its exit code. */
final class CommandLineRun {
    record Run(int exit, String out, String err) {
    }

    private CommandLineRun() {
    }

    static Run rowboat(List<String> args) {
        return run(Main.commandLine(), args);
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
