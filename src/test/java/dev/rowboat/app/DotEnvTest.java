package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .env} files read as python-dotenv reads them for {@code flask}. */
class DotEnvTest {
    /** Every rule at once, including lines python-dotenv skips. */
    static final String TRICKY = """
            # the tutorial's .env
            export DATABASE_URL="sqlite:///app.db"  # where the data goes
            PLAIN=value with spaces   # a comment
            HASH=value#not-a-comment
            SINGLE='no ${PLAIN} \\n escapes, \\' only'
            DOUBLE="line\\nbreak \\"quoted\\" \\\\ back"
            EMPTY=
            BARE
              SPACED = spaced value
            MULTI="first
            second"
            REF=${PLAIN}/x
            DEFAULT=${NOT_SET:-fallback}
            FROM_ENV=${SECRET_KEY}
            'QUOTED_KEY'=qk
            =no key
            export  TWO_SPACES=ok
            OVERRIDDEN=from the file
            LAST=end""";

    @Test
    void theRulesOfPythonDotenv() {
        Map<String, String> env = Map.of("SECRET_KEY", "s3cret", "OVERRIDDEN", "from the environment");
        Map<String, String> values = DotEnv.values(TRICKY, env);
        assertThat(values).containsEntry("DATABASE_URL", "sqlite:///app.db")
                .containsEntry("PLAIN", "value with spaces")
                .containsEntry("HASH", "value#not-a-comment")
                .containsEntry("DOUBLE", "line\nbreak \"quoted\" \\ back")
                .containsEntry("EMPTY", "")
                .containsEntry("SPACED", "spaced value")
                .containsEntry("MULTI", "first\nsecond")
                .containsEntry("REF", "value with spaces/x")
                .containsEntry("DEFAULT", "fallback")
                .containsEntry("FROM_ENV", "s3cret")
                .containsEntry("QUOTED_KEY", "qk")
                .containsEntry("TWO_SPACES", "ok")
                .containsEntry("LAST", "end")
                .doesNotContainKey("BARE");
        assertThat(values.get("SINGLE")).startsWith("no ").contains("\\n escapes, ' only");
    }

    @Test
    void aFileWithWindowsLineEndsReadsTheSame() {
        assertThat(DotEnv.values("A=1\r\nexport B='two'\r\n# c\r\nC=\"3\"\r\n", Map.of()))
                .containsExactly(Map.entry("A", "1"), Map.entry("B", "two"), Map.entry("C", "3"));
    }

    /** The same text through the python-dotenv that Debian's flask uses, where this machine has it. */
    @Test
    void agreesWithTheRealPythonDotenv(@TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        Assumptions.assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Assumptions.assumeTrue(run(python, "import dotenv").exit() == 0, "no python-dotenv in " + python);
        Path file = Files.writeString(dir.resolve(".env"), TRICKY, StandardCharsets.UTF_8);
        // Flask's load_dotenv(path) does not override: DotEnv(override=False) expands the same way
        Result p = run(python, """
                import json, sys
                from dotenv.main import DotEnv
                values = DotEnv(sys.argv[1], encoding="utf-8", override=False).dict()
                print(json.dumps({k: v for k, v in values.items() if v is not None}))
                """, file.toString());
        String output = p.out();
        assertThat(p.exit()).as(output).isZero();
        Map<String, String> real = new ObjectMapper().readValue(output, new TypeReference<LinkedHashMap<String, String>>() { });

        Map<String, String> ours = DotEnv.values(TRICKY, Map.of("SECRET_KEY", "s3cret", "OVERRIDDEN", "from the environment"));

        assertThat(ours).isEqualTo(real);
    }

    private record Result(int exit, String out) {
    }

    /** Runs a Python snippet with the variables the comparison expands; its warnings are dropped. */
    private static Result run(Path python, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PYTHON"));
        env.put("PATH", "/usr/bin:/bin");
        env.put("SECRET_KEY", "s3cret");
        env.put("OVERRIDDEN", "from the environment");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("python finished").isTrue();
        return new Result(p.exitValue(), out);
    }
}
