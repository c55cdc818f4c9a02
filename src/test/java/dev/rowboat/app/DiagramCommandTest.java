package dev.rowboat.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Chinook;
import dev.rowboat.testing.TestDatabase;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rowboat diagram --url URL --out FILE}: the diagram written without a window, and clear refusals. */
class DiagramCommandTest {
    @Test
    void writesChinookAsSvgAndPng(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(Dbms.SQLITE)) {
            Chinook.load(db);
            String url = "sqlite:///" + db.spec().file();

            CommandLineRun.Run svg = CommandLineRun.rowboat(List.of("diagram", "--url", url, "--out", dir.resolve("c.svg").toString()));
            CommandLineRun.Run png = CommandLineRun.rowboat(List.of("diagram", "--url", url, "--out", dir.resolve("c.png").toString()));

            assertThat(svg.exit()).as(svg.err()).isZero();
            assertThat(svg.out()).contains("11 entities and 11 relationships");
            assertThat(Files.readString(dir.resolve("c.svg"))).contains("data-entity=\"Employee\"", "data-entity=\"PlaylistTrack\"");
            assertThat(png.exit()).as(png.err()).isZero();
            BufferedImage image = ImageIO.read(dir.resolve("c.png").toFile());
            assertThat(image.getWidth()).isGreaterThan(400);
        }
    }

    @Test
    void drawsOneEntityAndItsNeighboursWithAround(@TempDir Path dir) throws Exception {
        try (TestDatabase db = TestDatabase.create(Dbms.SQLITE)) {
            Chinook.load(db);
            String url = "sqlite:///" + db.spec().file();

            CommandLineRun.Run run = CommandLineRun.rowboat(List.of("diagram", "--url", url, "--around", "Invoice",
                    "--out", dir.resolve("i.svg").toString()));
            CommandLineRun.Run unknown = CommandLineRun.rowboat(List.of("diagram", "--url", url, "--around", "Nothing",
                    "--out", dir.resolve("n.svg").toString()));

            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("3 entities and 2 relationships"); // Customer <- Invoice <- InvoiceLine
            assertThat(Files.readString(dir.resolve("i.svg"))).contains("data-entity=\"Customer\"", "data-entity=\"InvoiceLine\"")
                    .doesNotContain("data-entity=\"Track\"");
            assertThat(unknown.exit()).isEqualTo(2);
            assertThat(unknown.err()).contains("There is no entity Nothing");
            assertThat(dir.resolve("n.svg")).doesNotExist();
        }
    }

    @Test
    void refusesAFileThatIsNeitherSvgNorPngBeforeConnecting(@TempDir Path dir) {
        CommandLineRun.Run run = CommandLineRun.rowboat(List.of("diagram", "--url", "sqlite:///" + dir.resolve("none.db"),
                "--out", dir.resolve("diagram.txt").toString()));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("name the file .svg or .png");
        assertThat(dir.resolve("diagram.txt")).doesNotExist();
    }

    @Test
    void saysWhenTheDatabaseCannotBeReached(@TempDir Path dir) {
        CommandLineRun.Run missing = CommandLineRun.rowboat(List.of("diagram", "--url", "sqlite:///" + dir.resolve("none.db"),
                "--out", dir.resolve("d.svg").toString()));
        CommandLineRun.Run refused = CommandLineRun.rowboat(List.of("diagram", "--url", "postgresql://nobody@127.0.0.1:1/none",
                "--out", dir.resolve("d.svg").toString()));

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no database file");
        assertThat(dir.resolve("none.db")).doesNotExist();
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).containsIgnoringCase("127.0.0.1:1");
        assertThat(dir.resolve("d.svg")).doesNotExist();
    }
}
