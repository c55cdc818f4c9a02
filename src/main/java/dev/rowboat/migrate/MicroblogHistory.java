package dev.rowboat.migrate;

import dev.rowboat.migrate.repo.MigrationRepository;

/**
 * The built-in microblog's revisions, shipped in the jar under {@value #LOCATION}: "users table",
 * "posts table", "followers", "profiles", "tags", generated with Rowboat's own autogenerate. The
 * embedded default database is created by applying them.
 */
public final class MicroblogHistory {
    /** Where the revisions live on the classpath ({@code versions/index.txt} lists them). */
    public static final String LOCATION = "/migrations/microblog";

    private MicroblogHistory() {
    }

    public static MigrationRepository repository() {
        return MigrationRepository.classpath(LOCATION);
    }
}
