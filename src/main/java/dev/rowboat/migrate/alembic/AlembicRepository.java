package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.repo.HistoryFormat;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An Alembic (Flask-Migrate) project's history: the {@code versions/*.py} files of its script
 * location and {@code version_locations}, read by parsing, never by running Python. New revisions
 * are written as {@code .py} files Alembic runs; nothing of Rowboat's format goes into it.
 */
public final class AlembicRepository implements MigrationRepository {
    private final AlembicIni layout;
    private final Path ini;

    private AlembicRepository(AlembicIni layout, Path ini) {
        this.layout = layout;
        this.ini = ini;
    }

    /**
     * The Alembic project at {@code folder}: a folder with {@code alembic.ini} (its script location
     * may be elsewhere), or a script location itself ({@code env.py} or {@code versions/*.py}).
     */
    public static Optional<AlembicRepository> at(Path folder) {
        Path ini = folder.resolve("alembic.ini");
        try {
            if (Files.isRegularFile(ini)) {
                return Optional.of(new AlembicRepository(AlembicIni.read(ini), ini));
            }
        } catch (IOException e) {
            throw new MigrationException(Kind.REPOSITORY, "Cannot read " + ini + ": " + e.getMessage(), e);
        }
        if (Files.isRegularFile(folder.resolve("env.py")) || hasPythonRevisions(folder.resolve("versions"))) {
            return Optional.of(new AlembicRepository(AlembicIni.folder(folder), null));
        }
        return Optional.empty();
    }

    /** The folder {@code flask db} runs in: the one holding the script location (the project's root). */
    public Path projectFolder() {
        return layout.scriptLocation().toAbsolutePath().getParent();
    }

    public Path scriptLocation() {
        return layout.scriptLocation();
    }

    /** The {@code alembic.ini}, or empty for a script location without one. */
    public Optional<Path> ini() {
        return Optional.ofNullable(ini);
    }

    @Override
    public HistoryFormat format() {
        return HistoryFormat.ALEMBIC;
    }

    @Override
    public List<RevisionFile> revisions() {
        List<RevisionFile> out = new ArrayList<>();
        for (Path versions : layout.versionLocations()) {
            if (!Files.isDirectory(versions)) {
                continue;
            }
            try (Stream<Path> files = Files.list(versions)) {
                for (Path file : files.filter(AlembicRepository::isRevisionFile).sorted().toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    Revision revision = AlembicScriptReader.read(text, versions.getFileName() + "/" + file.getFileName());
                    out.add(new RevisionFile(revision, file.getFileName().toString(), sha256(text), java.util.Set.of()));
                }
            } catch (IOException e) {
                throw new MigrationException(Kind.REPOSITORY, "Cannot read " + versions + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public RevisionFile write(Revision revision) {
        Path target = versionsFolder().resolve(AlembicScriptWriter.fileName(revision));
        String text = AlembicScriptWriter.write(revision);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new MigrationException(Kind.READ_ONLY, "Cannot write " + target + ": " + e.getMessage(), e);
        }
        return new RevisionFile(revision, target.getFileName().toString(), sha256(text), java.util.Set.of());
    }

    @Override
    public String render(Revision revision) {
        return AlembicScriptWriter.write(revision);
    }

    @Override
    public Revision parse(String text, String name) {
        return AlembicScriptReader.read(text, name);
    }

    @Override
    public String fileOf(Revision revision) {
        return versionsFolder().resolve(AlembicScriptWriter.fileName(revision)).toAbsolutePath().toString();
    }

    /** With several version locations, the one that holds a file of that name (Alembic's file names start with the id). */
    @Override
    public Optional<Path> pathOf(RevisionFile file) {
        return layout.versionLocations().stream().map(v -> v.resolve(file.name())).filter(Files::isRegularFile).findFirst();
    }

    @Override
    public String location() {
        return layout.scriptLocation().toString();
    }

    private Path versionsFolder() {
        return layout.versionLocations().get(0);
    }

    private static boolean hasPythonRevisions(Path versions) {
        if (!Files.isDirectory(versions)) {
            return false;
        }
        try (Stream<Path> files = Files.list(versions)) {
            return files.anyMatch(AlembicRepository::isRevisionFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isRevisionFile(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && name.endsWith(".py") && !name.equals("__init__.py");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
