package dev.rowboat.ui.migrate;

import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.RevisionDrafts;
import dev.rowboat.migrate.repo.DirectoryRepository;
import dev.rowboat.migrate.alembic.AlembicCommand;
import dev.rowboat.migrate.alembic.AlembicRepository;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.project.MigrationFolders;
import dev.rowboat.migrate.repo.HistoryFormat;
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
    private final AlembicAccess alembic;

    /**
     * How the project's own Alembic reaches this database, for the revisions Rowboat cannot read.
     *
     * @param databaseUrl the database in SQLAlchemy's form, or null where there is none (H2)
     * @param command     the command a person set, or null for {@code flask db} / {@code alembic} on PATH
     */
    public record AlembicAccess(String databaseUrl, String command) {
        public static final AlembicAccess NONE = new AlembicAccess(null, null);
    }

    /** @param model read when first needed (it boots Hibernate's metadata), so never on the FX thread */
    public MigrationWorkspace(MigrationRepository repository, ConnectionSource source, Dbms dbms,
                              java.util.function.Supplier<SchemaSnapshot> model) {
        this(repository, source, dbms, model, AlembicAccess.NONE);
    }

    public MigrationWorkspace(MigrationRepository repository, ConnectionSource source, Dbms dbms,
                              java.util.function.Supplier<SchemaSnapshot> model, AlembicAccess alembic) {
        this.repository = repository;
        this.source = source;
        this.dbms = dbms;
        this.model = memoized(model);
        this.alembic = alembic;
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
        Migrations m = Migrations.open(repository, source, dbms);
        if (repository instanceof AlembicRepository project && alembic.databaseUrl() != null) {
            return m.withTool(AlembicCommand.forProject(project, alembic.command(), alembic.databaseUrl()));
        }
        return m;
    }

    public RevisionDrafts drafts() {
        return new RevisionDrafts(migrations(), source, dbms);
    }

    /** The same workspace running revisions Rowboat cannot read with {@code command} (blank: the default). */
    public MigrationWorkspace withAlembicCommand(String command) {
        return new MigrationWorkspace(repository, source, dbms, model,
                new AlembicAccess(alembic.databaseUrl(), command == null || command.isBlank() ? null : command.strip()));
    }

    /** The command set for the project's Alembic, or null for the default. */
    public String alembicCommand() {
        return alembic.command();
    }

    /** Whether the history is an Alembic project's: its model is Python, so autogenerate looks for drift instead. */
    public boolean alembicProject() {
        return repository.format() == HistoryFormat.ALEMBIC;
    }

    /**
     * Autogenerate's candidate: the entity model against the database, or, in an Alembic project,
     * the database against its history's head (the built-in model is never compared with it).
     */
    public Candidate draft() {
        return alembicProject() ? drafts().drift() : drafts().draft(model());
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
        return new MigrationWorkspace(MigrationFolders.open(folder), source, dbms, model, alembic);
    }

    /**
     * The same database with the repository in {@code folder}, created when missing. An empty
     * folder receives this repository's revisions first, so a database at the built-in history's
     * head can go on from there in a folder of the person's own.
     */
    public MigrationWorkspace useFolder(Path folder) {
        MigrationRepository found = MigrationFolders.open(folder);
        if (found.format() == HistoryFormat.ALEMBIC) {
            return new MigrationWorkspace(found, source, dbms, model, alembic); // a project's own history: nothing copied into it
        }
        DirectoryRepository target = Files.isDirectory(folder.resolve("versions"))
                ? DirectoryRepository.open(folder) : Migrations.init(folder);
        if (target.revisions().isEmpty()) {
            for (RevisionFile file : repository.revisions()) {
                target.write(file.revision());
            }
        }
        return new MigrationWorkspace(target, source, dbms, model, alembic);
    }
}
