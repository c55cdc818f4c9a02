package dev.rowboat.migrate.repo;

/**
 * Whose files a repository holds, which decides the version table the engine keeps: Rowboat's
 * YAML revisions with {@code rowboat_version}, or an Alembic project's {@code versions/*.py} with
 * {@code alembic_version}, kept exactly as Alembic keeps it. The two are never mixed.
 */
public enum HistoryFormat {
    ROWBOAT,
    ALEMBIC
}
