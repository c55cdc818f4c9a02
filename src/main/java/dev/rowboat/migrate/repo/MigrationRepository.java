package dev.rowboat.migrate.repo;

import dev.rowboat.migrate.api.Revision;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where revisions live: a folder with {@code versions/} (read and written), or a classpath
 * location (read-only, listed by {@code versions/index.txt} since a jar cannot list a folder).
 */
public interface MigrationRepository {
    /** Every revision, read afresh so that edits made meanwhile are seen. */
    List<RevisionFile> revisions();

    /**
     * Stores a new revision.
     *
     * @throws dev.rowboat.migrate.api.MigrationException of kind READ_ONLY for a classpath repository
     */
    RevisionFile write(Revision revision);

    /** Whether {@link #write} can succeed: a classpath repository (the built-in history) cannot. */
    default boolean writable() {
        return true;
    }

    /** Rowboat's YAML, or an Alembic project's revisions. */
    default HistoryFormat format() {
        return HistoryFormat.ROWBOAT;
    }

    /** A revision as this repository's files hold it, for a person to read and edit before it is written. */
    default String render(Revision revision) {
        return RevisionCodec.write(revision);
    }

    /**
     * Reads a revision written in this repository's format ({@link #render}'s text, edited).
     *
     * @throws dev.rowboat.migrate.api.MigrationException REPOSITORY when it cannot be read
     */
    default Revision parse(String text, String name) {
        return RevisionCodec.read(text, name);
    }

    /** Where it is, for messages: a folder or {@code classpath:/migrations/microblog}. */
    String location();

    /** The file {@link #write} puts {@code revision} in, for a person to be told before it is written. */
    default String fileOf(Revision revision) {
        return location() + "/versions/" + DirectoryRepository.fileName(revision);
    }

    /**
     * The file {@code file} was read from, for a person to read or open ({@code db show},
     * {@code db edit}); empty for a classpath repository, whose files are inside the jar.
     */
    default Optional<Path> pathOf(RevisionFile file) {
        return Optional.empty();
    }

    /**
     * Its revisions, or none when it is a folder not made yet ({@link #write} makes it): what a
     * first revision may be written into.
     */
    default List<RevisionFile> revisionsIfAny() {
        return revisions();
    }

    static MigrationRepository directory(Path folder) {
        return new DirectoryRepository(folder);
    }

    static MigrationRepository classpath(String location) {
        return new ClasspathRepository(location);
    }
}
