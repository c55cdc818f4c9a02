package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.Revision;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A read-only repository shipped as resources: {@code <location>/versions/index.txt} lists the
 * revision files, one name a line ({@code #} starts a comment).
 *
 * <p>An optional {@value #EARLIER_EDITIONS} lists, one {@code <revision id> <checksum>} a line,
 * the checksums of editions of its revisions that an earlier release shipped. A shipped history is
 * applied by the app itself, with nobody to look at a "revision was edited" refusal: when a
 * revision is re-issued with an equivalent but different text (the built-in users table's
 * columns reordered), databases that ran the earlier edition must go on upgrading. Each line
 * is a promise, made by whoever re-issued the revision, that the earlier edition left the
 * database as usable as the new one does.
 */
final class ClasspathRepository implements MigrationRepository {
    static final String EARLIER_EDITIONS = "earlier-editions.txt";
    private final String location;

    ClasspathRepository(String location) {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        this.location = trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    @Override
    public List<RevisionFile> revisions() {
        String index = location + "/versions/" + DirectoryRepository.INDEX;
        Map<String, Set<String>> earlier = earlierEditions();
        List<RevisionFile> out = new ArrayList<>();
        for (String line : lines(read(index))) {
            String path = location + "/versions/" + line;
            RevisionFile file = RevisionFile.of(RevisionCodec.read(read(path), "classpath:" + path), line);
            out.add(file.withEarlierChecksums(earlier.getOrDefault(file.revision().id(), Set.of())));
        }
        return out;
    }

    private Map<String, Set<String>> earlierEditions() {
        String path = location + "/versions/" + EARLIER_EDITIONS;
        if (ClasspathRepository.class.getResource(path) == null) {
            return Map.of();
        }
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines(read(path))) {
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new MigrationException(Kind.REPOSITORY, "classpath:" + path + ": \"" + line + "\" is not <revision id> <checksum>");
            }
            out.computeIfAbsent(parts[0], id -> new HashSet<>()).add(parts[1]);
        }
        return out;
    }

    /** The lines that say something: not blank, not a {@code #} comment. */
    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
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
