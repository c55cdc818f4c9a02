package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the built-in microblog history with Rowboat's own autogenerate, stage by stage in the
 * tutorial's order: each stage's model is the full model cut down to the tables it has so far,
 * diffed against a fresh H2 database upgraded to the stage before.
 *
 * <p>{@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=dev.rowboat.migrate.MicroblogHistoryGenerator
 * -Dexec.args=--replace}. Without {@code --replace} it refuses to touch a folder that has revisions.
 */
public final class MicroblogHistoryGenerator {
    /** A revision's message and the tables the model has once it is applied. */
    public record Stage(String message, Set<String> tables) {
    }

    public static final List<Stage> STAGES = List.of(
            new Stage("users table", Set.of("user")),
            new Stage("posts table", Set.of("user", "post")),
            new Stage("followers", Set.of("user", "post", "followers")),
            new Stage("profiles", Set.of("user", "post", "followers", "profile")),
            new Stage("tags", Set.of("user", "post", "followers", "profile", "tag", "post_tag")));

    public static final Path FOLDER = Path.of("src/main/resources/migrations/microblog");

    private MicroblogHistoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path versions = FOLDER.resolve("versions");
        boolean replace = List.of(args).contains("--replace");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> files = Files.list(versions)) {
                List<Path> existing = files.toList();
                if (!existing.isEmpty() && !replace) {
                    throw new IllegalStateException(versions + " already holds revisions; run with --replace to write them anew");
                }
                for (Path p : existing) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(versions);
        // DirectoryRepository appends to an index that exists: the classpath repository reads it
        Files.writeString(versions.resolve("index.txt"), "");
        MigrationRepository repository = MigrationRepository.directory(FOLDER);
        for (Stage stage : STAGES) {
            Path dir = Files.createTempDirectory("rowboat-history");
            String url = "jdbc:h2:file:" + dir.resolve("db");
            ConnectionSource source = () -> DriverManager.getConnection(url, "", "");
            Migrations migrations = Migrations.open(repository, source, Dbms.H2);
            migrations.upgrade("head", MigrationListener.NONE);
            SchemaSnapshot model = stageModel(stage, Dbms.H2);
            RevisionDrafts drafts = new RevisionDrafts(migrations, source, Dbms.H2);
            Candidate candidate = drafts.draft(model);
            if (!candidate.warnings().isEmpty() || !candidate.renames().isEmpty()) {
                throw new IllegalStateException(stage.message() + ": unexpected warnings or renames " + candidate);
            }
            Revision r = drafts.write(stage.message(), candidate).orElseThrow(
                    () -> new IllegalStateException(stage.message() + ": autogenerate found nothing"));
            System.out.println(r.id() + " " + r.message() + ": " + candidate.summary());
            deleteTree(dir);
        }
    }

    /** The full model restricted to the stage's tables. */
    public static SchemaSnapshot stageModel(Stage stage, Dbms dbms) {
        SchemaSnapshot full = ModelSchemaReader.read(MicroblogModel.ENTITY_CLASSES, dbms);
        return new SchemaSnapshot(full.tables().stream()
                .filter(t -> stage.tables().contains(t.name().toLowerCase(Locale.ROOT))).toList());
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
