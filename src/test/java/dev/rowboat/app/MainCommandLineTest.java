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
}
