package dev.rowboat.migrate;

import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    static final String EARLIER_EDITIONS = "earlier-editions.txt";
    private static final String EDITIONS_HEADER = """
            # Checksums of earlier editions of these revisions, which databases made by earlier releases
            # recorded: they still count as unedited. <revision id> <checksum>, one a line.
            """;

    private MicroblogHistoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        generate(FOLDER, List.of(args).contains("--replace"));
    }

    /**
     * Writes the history into {@code folder}. Revisions it replaces keep their ids and dates, so
     * databases that ran them still know them; where a revision's text changes, its earlier
     * checksum is added to {@value #EARLIER_EDITIONS}, so those databases go on upgrading
     * (see ClasspathRepository).
     */
    public static void generate(Path folder, boolean replace) throws Exception {
        Path versions = folder.resolve("versions");
        Map<String, RevisionFile> before = new HashMap<>();
        Set<String> earlier = new LinkedHashSet<>();
        if (Files.isDirectory(versions)) {
            MigrationRepository.directory(folder).revisions().forEach(f -> before.put(f.revision().message(), f));
            if (!before.isEmpty() && !replace) {
                throw new IllegalStateException(versions + " already holds revisions; run with --replace to write them anew");
            }
            Path editions = versions.resolve(EARLIER_EDITIONS);
            if (Files.exists(editions)) {
                Files.readAllLines(editions).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(earlier::add);
            }
            try (Stream<Path> files = Files.list(versions)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(versions);
        // DirectoryRepository appends to an index that exists: the classpath repository reads it
        Files.writeString(versions.resolve("index.txt"), "");
        MigrationRepository repository = MigrationRepository.directory(folder);
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
            if (candidate.isEmpty()) {
                throw new IllegalStateException(stage.message() + ": autogenerate found nothing");
            }
            RevisionFile old = before.get(stage.message());
            Revision r;
            if (old == null) {
                r = drafts.write(stage.message(), candidate).orElseThrow();
            } else {
                r = new Revision(old.revision().id(), migrations.graph().heads(), stage.message(), old.revision().created(),
                        candidate.upgrade(), candidate.downgrade(), List.of(), List.of());
                RevisionFile written = repository.write(r);
                if (!written.checksum().equals(old.checksum())) {
                    earlier.add(r.id() + " " + old.checksum());
                }
            }
            System.out.println(r.id() + " " + r.message() + ": " + candidate.summary());
            deleteTree(dir);
        }
        if (!earlier.isEmpty()) {
            Files.writeString(versions.resolve(EARLIER_EDITIONS), EDITIONS_HEADER + String.join("\n", earlier) + "\n");
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
