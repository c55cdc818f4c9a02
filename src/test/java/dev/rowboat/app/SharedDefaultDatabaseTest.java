package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Safeguards;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 database opened a second time while it is open: by a second open in this JVM,
 * and by a real {@code rowboat db} command in another JVM, which H2's automatic server lets in.
 */
class SharedDefaultDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void twoOpensOfTheDefaultDatabaseWorkAtOnce() {
        ConnectionSpec spec = new DataLocations(dir.resolve("home")).defaultDatabase();
        MicroblogConnector connector = new MicroblogConnector(spec, false);
        try (OpenDatabase first = connector.connect(spec, ConnectOptions.defaults());
             OpenDatabase second = connector.connect(spec, ConnectOptions.defaults())) {
            assertThat(first.catalog().get("User")).isNotNull();
            assertThat(second.catalog().get("User")).isNotNull();
            assertThat(second.spec().displayUrl()).as("shown without the sharing setting")
                    .isEqualTo("jdbc:h2:file:" + dir.resolve("home").resolve("rowboat").toAbsolutePath());
        }
    }

    @Test
    void theDefaultDatabaseTypedWithoutTheSettingIsSharedAllTheSame() {
        ConnectionSpec spec = new DataLocations(dir.resolve("home")).defaultDatabase();
        ConnectionSpec typed = DatabaseUrls.parse(spec.displayUrl());
        try (OpenDatabase db = new MicroblogConnector(spec, false).connect(typed, ConnectOptions.defaults())) {
            assertThat(db.spec().connectUrl()).endsWith(";AUTO_SERVER=TRUE");
            assertThat(db.spec().displayUrl()).isEqualTo(typed.displayUrl());
        }
    }

    @Test
    void aDbCommandInAnotherProcessReadsTheDefaultDatabaseTheWindowHasOpen() throws Exception {
        Path home = dir.resolve("home");
        ConnectionSpec spec = new DataLocations(home).defaultDatabase();
        try (OpenDatabase window = new MicroblogConnector(spec, false).connect(spec, ConnectOptions.defaults())) {
            Run current = rowboatProcess(home, "db", "current");

            assertThat(current.exit()).as(current.output()).isZero();
            assertThat(current.output()).contains(MicroblogConnectorTest.head() + " (head)");
            assertThat(window.catalog().get("User")).as("the window's database is still open").isNotNull();
            assertThat(MicroblogConnectorTest.query(spec, "select count(*) from \"user\"")).containsExactly("4");
        }
    }

    @Test
    void aReadOnlyCommandWhileTheWindowHasTheFileGetsASentence() throws Exception {
        Path home = dir.resolve("home");
        ConnectionSpec spec = new DataLocations(home).defaultDatabase();
        try (OpenDatabase window = new MicroblogConnector(spec, false).connect(spec, ConnectOptions.defaults())) {
            Run current = rowboatProcess(home, "db", "current", "--read-only");

            assertThat(current.exit()).as(current.output()).isNotZero();
            assertThat(current.output()).contains("is open in another Rowboat window or program, and a read-only connection cannot share it")
                    .doesNotContain("Database may be already in use");
        }
    }

    @Test
    void theSharingSettingIsNeitherShownNorPartOfWhichDatabaseItIs() {
        ConnectionSpec spec = new DataLocations(dir).defaultDatabase();
        ConnectionSpec typed = DatabaseUrls.parse(spec.displayUrl());

        assertThat(spec.displayUrl()).doesNotContain("AUTO_SERVER");
        assertThat(spec.sameDatabase(typed)).isTrue();
        assertThat(spec.connectUrl()).endsWith(";AUTO_SERVER=TRUE");
        assertThat(spec.withSafeguards(new Safeguards(true, false)).connectUrl())
                .as("H2 refuses the automatic server on a file opened read-only").isEqualTo(spec.displayUrl());
    }

    private record Run(int exit, String output) {
    }

    private Run rowboatProcess(Path home, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Drowboat.home=" + home, "-cp", System.getProperty("java.class.path"), "dev.rowboat.app.Main"));
        command.addAll(List.of(args));
        Path log = dir.resolve("other.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("DATABASE_URL");
        Process other = builder.start();
        try {
            assertThat(other.waitFor(90, TimeUnit.SECONDS)).as("the command ended").isTrue();
        } finally {
            other.destroy();
        }
        return new Run(other.exitValue(), Files.readString(log));
    }
}
