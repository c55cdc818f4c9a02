package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A read-only repository shipped as resources: {@code <location>/versions/index.txt} lists the
 * revision files, one name a line ({@code #} starts a comment).
 */
final class ClasspathRepository implements MigrationRepository {
    private final String location;

    ClasspathRepository(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        this.location = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    @Override
    public List<RevisionFile> revisions() {
        String index = location + "/versions/" + DirectoryRepository.INDEX;
        List<RevisionFile> out = new ArrayList<>();
        for (String line : read(index).lines().map(String::strip).toList()) {
            if (!line.isEmpty() && !line.startsWith("#")) {
                String path = location + "/versions/" + line;
                out.add(RevisionFile.of(RevisionCodec.read(read(path), "classpath:" + path), line));
            }
        }
        return out;
    }

    @Override
    public RevisionFile write(Revision revision) {
        throw new MigrationException(Kind.READ_ONLY, location() + " is read-only: revisions are written to a folder");
    }

    @Override
    public boolean writable() {
        return false;
    }

    @Override
    public String location() {
        return "classpath:" + location;
    }

    private static String read(String path) {
        try (InputStream in = ClasspathRepository.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new MigrationException(Kind.REPOSITORY, "classpath:" + path + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MigrationException(Kind.REPOSITORY, "Cannot read classpath:" + path + ": " + e.getMessage(), e);
        }
    }
}
