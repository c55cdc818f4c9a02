package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** A migration repository in a folder: {@code versions/<id>_<slug>.yaml}. */
public final class DirectoryRepository implements MigrationRepository {
    static final String INDEX = "index.txt";
    private final Path folder;

    DirectoryRepository(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates {@code folder/versions}.
     *
     * @throws MigrationException of kind READ_ONLY when it already holds revisions
     */
    public static DirectoryRepository init(Path folder) {
        Path versions = folder.resolve("versions");
        try {
            if (Files.isDirectory(versions)) {
                try (Stream<Path> files = Files.list(versions)) {
                    if (files.findAny().isPresent()) {
                        throw new MigrationException(Kind.READ_ONLY, versions + " already exists and is not empty");
                    }
                }
            }
            Files.createDirectories(versions);
            return new DirectoryRepository(folder);
        } catch (IOException e) {
            throw new MigrationException(Kind.READ_ONLY, "Cannot create " + versions + ": " + e.getMessage(), e);
        }
    }

    /** An existing repository; reading it fails with a clear message when it has no {@code versions/}. */
    public static DirectoryRepository open(Path folder) {
        return new DirectoryRepository(folder);
    }

    public Path folder() {
        return folder;
    }

    @Override
    public List<RevisionFile> revisions() {
        Path versions = folder.resolve("versions");
        if (!Files.isDirectory(versions)) {
            throw new MigrationException(Kind.REPOSITORY, "No migration repository at " + folder.toAbsolutePath()
                    + " (no versions/ folder). Create one with `rowboat db init`.");
        }
        List<RevisionFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(versions)) {
            for (Path file : files.filter(DirectoryRepository::isRevisionFile).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                out.add(RevisionFile.of(RevisionCodec.read(text, "versions/" + file.getFileName()), file.getFileName().toString()));
            }
        } catch (IOException e) {
            throw new MigrationException(Kind.REPOSITORY, "Cannot read " + versions + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public List<RevisionFile> revisionsIfAny() {
        return Files.isDirectory(folder.resolve("versions")) ? revisions() : List.of();
    }

    @Override
    public String fileOf(Revision revision) {
        return folder.resolve("versions").resolve(fileName(revision)).toAbsolutePath().toString();
    }

    @Override
    public Optional<Path> pathOf(RevisionFile file) {
        return Optional.of(folder.resolve("versions").resolve(file.name()));
    }

    static String fileName(Revision revision) {
        return revision.id() + "_" + slug(revision.message()) + ".yaml";
    }

    @Override
    public RevisionFile write(Revision revision) {
        String name = fileName(revision);
        Path versions = folder.resolve("versions");
        try {
            Files.createDirectories(versions);
            Files.writeString(versions.resolve(name), RevisionCodec.write(revision), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            // a folder that will ship as classpath resources keeps its index current
            Path index = versions.resolve(INDEX);
            if (Files.exists(index)) {
                Files.writeString(index, name + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new MigrationException(Kind.READ_ONLY, "Cannot write " + versions.resolve(name) + ": " + e.getMessage(), e);
        }
        return RevisionFile.of(revision, name);
    }

    @Override
    public String location() {
        return folder.toString();
    }

    static String slug(String message) {
        String s = message == null ? "" : message.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (s.length() > 40) {
            s = s.substring(0, 40).replaceAll("_+$", "");
        }
        return s.isEmpty() ? "revision" : s;
    }

    private static boolean isRevisionFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }
}
