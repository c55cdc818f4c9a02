package dev.rowboat.app;

import static dev.rowboat.app.CommandLineRun.rowboat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.app.CommandLineRun.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The subcommands are read only when the arguments may name one; everything a person types still finds them. */
class MainCommandLineTest {
    @Test
    void helpListsEverySubcommand() {
        Run run = rowboat(List.of("--help"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("sample", "db", "diagram", "export", "import");
    }

    @Test
    void aSubcommandIsFoundAfterAnOption() {
        Run run = rowboat(List.of("db", "--help"));
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("upgrade", "downgrade");
    }

    @Test
    void aWindowStartReadsNoSubcommand() {
        assertThat(Main.commandLine("--read-only", "--url=sqlite:///app.db").getSubcommands()).isEmpty();
        assertThat(Main.commandLine("--url", "sqlite:///app.db").getSubcommands()).isEmpty();
    }

    @Test
    void eachSubcommandIsKnownByTheNameItsAnnotationGives() {
        Main.SUBCOMMANDS.forEach((name, command) -> assertThat(new picocli.CommandLine(command).getCommandName())
                .as(name).isEqualTo(name));
    }

    @Test
    void anUnknownWordStillGetsPicocliSentence() {
        Run run = rowboat(List.of("frobnicate"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Unmatched argument", "frobnicate");
    }

    @Test
    void theWindowsOwnOptionsReadWithoutPicocliMeanWhatPicocliReadsThem() {
        List<List<String>> plain = List.of(List.of(), List.of("--read-only"), List.of("--production", "--read-only"),
                List.of("--url", "sqlite:///app.db"), List.of("--url=postgresql://me@db/app", "--production"),
                List.of("--read-only", "--url", "jdbc:h2:mem:x;MODE=MySQL"));
        for (List<String> args : plain) {
            Main fast = Main.windowOnly(args.toArray(String[]::new)).orElseThrow(() -> new AssertionError(args));
            Main read = new Main();
            new picocli.CommandLine(read).parseArgs(args.toArray(String[]::new));
            assertThat(List.of(String.valueOf(fast.url), fast.readOnly, fast.production)).as(args.toString())
                    .isEqualTo(List.of(String.valueOf(read.url), read.readOnly, read.production));
        }
    }

    @Test
    void anythingElseIsLeftToPicocliAndItsSentences() {
        for (List<String> args : List.of(List.of("db", "current"), List.of("--help"), List.of("-V"), List.of("--url"),
                List.of("--url", "--read-only"), List.of("--url=a", "--url=b"), List.of("--read-only", "--read-only"),
                List.of("app.db"), List.of("--read-only=true"), List.of("--"))) {
            assertThat(Main.windowOnly(args.toArray(String[]::new))).as(args.toString()).isEmpty();
        }
        Run run = rowboat(List.of("--url"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter", "URL");
    }
}
