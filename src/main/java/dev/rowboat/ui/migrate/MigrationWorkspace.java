package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.RevisionDrafts;
import dev.rowboat.migrate.repo.DirectoryRepository;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the panel migrates: one repository, one database, and the entity model autogenerate
 * compares with. Switching to a folder keeps the database and the model.
 */
public final class MigrationWorkspace {
    private final MigrationRepository repository;
    private final ConnectionSource source;
    private final Dbms dbms;
    private final java.util.function.Supplier<SchemaSnapshot> model;

    /** @param model read when first needed (it boots Hibernate's metadata), so never on the FX thread */
    public MigrationWorkspace(MigrationRepository repository, ConnectionSource source, Dbms dbms,
                              java.util.function.Supplier<SchemaSnapshot> model) {
        this.repository = repository;
        this.source = source;
        this.dbms = dbms;
        this.model = memoized(model);
    }

    private static <T> java.util.function.Supplier<T> memoized(java.util.function.Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            synchronized (value) {
                if (value[0] == null) {
                    value[0] = supplier.get();
                }
                @SuppressWarnings("unchecked") T t = (T) value[0];
                return t;
            }
        };
    }

    public Migrations migrations() {
        return Migrations.open(repository, source, dbms);
    }

    public RevisionDrafts drafts() {
        return new RevisionDrafts(migrations(), source, dbms);
    }

    /** Blocks while the model is read the first time. */
    public SchemaSnapshot model() {
        return model.get();
    }

    public String location() {
        return repository.location();
    }

    /** A classpath repository (the built-in history) cannot take new revisions. */
    public boolean writable() {
        return repository.writable();
    }

    /**
     * The same database with the repository in {@code folder} as it is: nothing is created or
     * copied (a baseline writes its first revision there).
     */
    public MigrationWorkspace inFolder(Path folder) {
        return new MigrationWorkspace(DirectoryRepository.open(folder), source, dbms, model);
    }

    /**
     * The same database with the repository in {@code folder}, created when missing. An empty
     * folder receives this repository's revisions first, so a database at the built-in history's
     * head can go on from there in a folder of the person's own.
     */
    public MigrationWorkspace useFolder(Path folder) {
        DirectoryRepository target = Files.isDirectory(folder.resolve("versions"))
                ? DirectoryRepository.open(folder) : Migrations.init(folder);
        if (target.revisions().isEmpty()) {
            for (RevisionFile file : repository.revisions()) {
                target.write(file.revision());
            }
        }
        return new MigrationWorkspace(target, source, dbms, model);
    }
}
