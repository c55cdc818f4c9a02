package dev.rowboat.migrate;

import dev.rowboat.migrate.api.MigrationException.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.api.UnreadLine;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.repo.DirectoryRepository;
import dev.rowboat.migrate.repo.MigrationRepository;
import dev.rowboat.migrate.repo.RevisionFile;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The migration engine as the panel and the CLI use it: one repository, one database. Every
 * method reads the repository afresh; runs take the lock, report to a listener and return
 * records. Nothing here prints.
 *
 * <p>It writes only into a database that is Rowboat's ({@link Ownership}), and decides that
 * before it creates anything: a database another migration tool manages is refused by every
 * method that reads or writes it (kind NOT_OWNED), and one with tables but no version table is
 * not upgraded or downgraded (kind UNVERSIONED) until a baseline or a stamp adopts it.
 */
public final class Migrations {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final MigrationRepository repository;
    private final ConnectionSource source;
    private final MigrationDialect dialect;
    private final VersionBook book;
    private final RevisionTool tool;

    private Migrations(MigrationRepository repository, ConnectionSource source, MigrationDialect dialect, RevisionTool tool) {
        this.repository = repository;
        this.source = source;
        this.dialect = dialect;
        this.book = VersionBook.of(repository.format());
        this.tool = tool;
    }

    private Migrations(MigrationRepository repository, ConnectionSource source, MigrationDialect dialect) {
        this(repository, source, dialect, null);
    }

    /**
     * The same engine, running the revisions it cannot read (Alembic revisions with Python of their
     * own) with {@code tool}; without one, such a run is refused before anything is applied.
     */
    public Migrations withTool(RevisionTool tool) {
        return new Migrations(repository, source, dialect, tool);
    }

    public static Migrations open(MigrationRepository repository, ConnectionSource source, Dbms dbms) {
        return new Migrations(repository, source, MigrationDialect.of(dbms));
    }

    public static Migrations open(MigrationRepository repository, ConnectionSource source, MigrationDialect dialect) {
        return new Migrations(repository, source, dialect);
    }

    /** Without a database: plans render against an empty schema; runs and status are refused. */
    public static Migrations offline(MigrationRepository repository, MigrationDialect dialect) {
        return new Migrations(repository, null, dialect);
    }

    /** Creates an empty repository ({@code folder/versions}). */
    public static DirectoryRepository init(Path folder) {
        return DirectoryRepository.init(folder);
    }

    public MigrationRepository repository() {
        return repository;
    }

    public RevisionGraph graph() {
        return RevisionGraph.of(repository.revisions().stream().map(RevisionFile::revision).toList());
    }

    /** The revisions the database's version table records, read without reading a revision file. */
    public Set<String> current() {
        return withConnection(book::current);
    }

    public MigrationStatus status() {
        List<RevisionFile> files = repository.revisions();
        RevisionGraph graph = RevisionGraph.of(files.stream().map(RevisionFile::revision).toList());
        return withConnection(c -> {
            Ownership ownership = book.ownership(c);
            Set<String> current = book.current(c);
            List<String> unknown = current.stream().filter(id -> !graph.contains(id)).toList();
            Set<String> applied = graph.ancestors(current.stream().filter(graph::contains).collect(java.util.stream.Collectors.toSet()));
            Map<String, VersionStore.Applied> history = book.history(c);
            List<String> heads = graph.heads();
            Map<String, RevisionFile> byId = byId(files);
            List<RevisionState> states = new ArrayList<>();
            List<String> edited = new ArrayList<>();
            for (Revision r : graph.revisions()) {
                VersionStore.Applied row = history.get(r.id());
                boolean isApplied = applied.contains(r.id());
                boolean changed = isApplied && row != null && !byId.get(r.id()).matches(row.checksum());
                if (changed) {
                    edited.add(r.id());
                }
                states.add(new RevisionState(r, byId.get(r.id()).name(), isApplied, heads.contains(r.id()),
                        row == null ? null : row.appliedAt(), changed));
            }
            return new MigrationStatus(List.copyOf(current), unknown, states, heads, edited,
                    book.lockHolder(c).orElse(null), ownership);
        });
    }

    /** Every revision, newest first, with whether and when it was applied. */
    public List<RevisionState> history() {
        List<RevisionState> out = new ArrayList<>(status().revisions());
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * What an upgrade ({@link Direction#UP}) or downgrade to {@code target} would run, with each
     * operation's SQL. Offline, an upgrade starts at base and a downgrade at the heads.
     */
    public MigrationPlan plan(String target, Direction direction) {
        RevisionGraph graph = graph();
        if (source == null) {
            Set<String> from = direction == Direction.UP ? Set.of() : new LinkedHashSet<>(graph.heads());
            return plan(graph, from, target, direction, new SchemaSnapshot(List.of()));
        }
        return withConnection(c -> {
            book.requireRunnable(book.ownership(c), repository.location());
            return plan(graph, book.current(c), target, direction, dialect.readSchema(c));
        });
    }

    /**
     * What a run over {@code range} would execute, without a database, as Alembic's {@code --sql}
     * takes it: {@code START:END}, or just {@code END} from base (upgrade) or from the heads
     * (downgrade). Operations render against the schema the revisions up to START make.
     */
    public MigrationPlan planOffline(String range, Direction direction) {
        RevisionGraph graph = graph();
        int colon = range.indexOf(':');
        Set<String> from;
        if (colon >= 0) {
            from = Targets.resolve(graph, range.substring(0, colon), Set.of());
        } else {
            from = direction == Direction.UP ? Set.of() : new LinkedHashSet<>(graph.heads());
        }
        String end = colon >= 0 ? range.substring(colon + 1) : range;
        return plan(graph, from, end, direction, RevisionDrafts.ownedSchema(graph, from, dialect));
    }

    /** The plan as one SQL script, with the version table's statements: what {@code --sql} prints. */
    public String script(MigrationPlan plan) {
        return OfflineScript.render(plan, book, graph());
    }

    public MigrationResult upgrade(String target, MigrationListener listener) {
        return run(target, Direction.UP, listener, false);
    }

    public MigrationResult downgrade(String target, MigrationListener listener) {
        return run(target, Direction.DOWN, listener, false);
    }

    /**
     * Runs to {@code target}. Before it starts, an applied revision whose file was edited since
     * stops the run (kind CHECKSUM_MISMATCH) unless {@code acceptEdited}: the database may not be
     * what the repository now describes, and a person should look first.
     *
     * @throws MigrationException NOT_OWNED or UNVERSIONED, before anything is created, for a
     *                            database that is not Rowboat's and not empty
     */
    public MigrationResult run(String target, Direction direction, MigrationListener listener, boolean acceptEdited) {
        List<RevisionFile> files = repository.revisions();
        RevisionGraph graph = RevisionGraph.of(files.stream().map(RevisionFile::revision).toList());
        long start = System.nanoTime();
        return withConnection(c -> {
            Ownership ownership = book.ownership(c);
            book.requireRunnable(ownership, repository.location());
            // a target that names nothing is said before Rowboat's tables are created
            Set<String> before = book.current(c);
            requireReadable(pathOf(graph, before, Targets.resolve(graph, target, before), direction), direction);
            if (ownership == Ownership.EMPTY && direction == Direction.DOWN) {
                return new MigrationResult(direction, List.of(), List.of(), Duration.ofNanos(System.nanoTime() - start));
            }
            return locked(c, (work, current) -> {
                checkEdits(work, byId(files), graph.ancestors(current), acceptEdited);
                List<Revision> path = pathOf(graph, current, Targets.resolve(graph, target, current), direction);
                Set<String> applied = new LinkedHashSet<>(graph.ancestors(current));
                Map<String, String> checksums = new LinkedHashMap<>();
                files.forEach(f -> checksums.put(f.revision().id(), f.checksum()));
                List<AppliedRevision> done = new MigrationRunner(work, dialect, book, graph, listener, tool).run(path, direction, applied, checksums);
                return new MigrationResult(direction, done, List.copyOf(graph.headsWithin(applied)),
                        Duration.ofNanos(System.nanoTime() - start));
            }, graph);
        });
    }

    /**
     * Records {@code target} as the current state without running anything: adopting a database
     * whose tables were made another way, which creates Rowboat's version tables in it.
     *
     * @throws MigrationException NOT_OWNED, before anything is created, where another tool manages the database
     */
    public List<String> stamp(String target) {
        List<RevisionFile> files = repository.revisions();
        RevisionGraph graph = RevisionGraph.of(files.stream().map(RevisionFile::revision).toList());
        return withConnection(c -> {
            book.ownership(c);
            Targets.resolve(graph, target, book.current(c)); // a wrong target creates nothing
            return locked(c, (work, current) -> {
                Set<String> to = Targets.resolve(graph, target, current);
                Map<String, String> checksums = new LinkedHashMap<>();
                Set<String> applied = graph.ancestors(to);
                files.stream().filter(f -> applied.contains(f.revision().id())).forEach(f -> checksums.put(f.revision().id(), f.checksum()));
                work.setAutoCommit(false);
                book.stamp(work, to, checksums);
                work.commit();
                return List.copyOf(to);
            }, graph);
        });
    }

    /** Writes a revision that joins all heads, with no operations of its own. */
    public Revision merge(String message) {
        List<String> heads = graph().heads();
        if (heads.size() < 2) {
            throw new MigrationException(Kind.UNKNOWN_TARGET, "Nothing to merge: the repository has " + heads.size() + " head");
        }
        return writeRevision(message, List.of(), List.of());
    }

    /** Writes a new revision after the current head(s), e.g. from autogenerate's operation lists. */
    public Revision writeRevision(String message, List<Operation> upgrade, List<Operation> downgrade) {
        RevisionGraph graph = graph();
        Revision revision = new Revision(newId(graph), graph.heads(), message, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                upgrade, downgrade);
        repository.write(revision);
        return revision;
    }

    /**
     * What {@link #baseline(Baseline)} would write for this database, read from its live schema;
     * writes and creates nothing, so a person can be asked first.
     *
     * @throws MigrationException READ_ONLY for the built-in history, REPOSITORY when the repository
     *                            has revisions already or the database has Rowboat's version table,
     *                            NOT_OWNED where another tool manages it
     */
    public Baseline planBaseline(String message) {
        Baselines.requireEmptyWritable(repository);
        String id = newId(RevisionGraph.of(List.of())); // the first revision: no other id to avoid
        return withConnection(c -> Baselines.plan(c, book.ownership(c), dialect, repository, id, message));
    }

    /**
     * Starts a history on a database whose tables Rowboat did not make: writes {@code plan}'s
     * revision (its upgrade creates the tables as they are, its downgrade drops them) and stamps
     * the database at it, which creates {@link Baseline#BOOKKEEPING_TABLES}. Nothing else changes.
     *
     * @throws MigrationException as {@link #planBaseline}, checked again before anything is written
     */
    public Baseline baseline(Baseline plan) {
        Baselines.requireEmptyWritable(repository);
        RevisionGraph graph = RevisionGraph.of(List.of(plan.revision()));
        return withConnection(c -> {
            Baselines.requireAdoptable(book.ownership(c), repository);
            RevisionFile file = repository.write(plan.revision());
            return locked(c, (work, current) -> {
                work.setAutoCommit(false);
                book.stamp(work, Set.of(file.revision().id()), Map.of(file.revision().id(), file.checksum()));
                work.commit();
                return plan;
            }, graph);
        });
    }

    /** {@link #planBaseline} and {@link #baseline(Baseline)} in one, for the command line. */
    public Baseline baseline(String message) {
        return baseline(planBaseline(message));
    }

    /**
     * Removes a lock a crashed process left; returns who held it.
     *
     * @throws MigrationException NOT_OWNED where another tool manages the database
     */
    public Optional<String> clearLock() {
        return withConnection(c -> {
            book.ownership(c);
            return book.clearLock(c);
        });
    }

    MigrationDialect dialect() {
        return dialect;
    }

    private static String newId(RevisionGraph graph) {
        String id;
        do {
            byte[] bytes = new byte[6];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(bytes);
        } while (graph.contains(id));
        return id;
    }

    /**
     * @throws MigrationException NEEDS_TOOL, before anything runs, when a revision on the path has
     *                            lines Rowboat does not read and there is no tool to run it with
     */
    private void requireReadable(List<Revision> path, Direction direction) {
        for (Revision r : path) {
            List<UnreadLine> unread = r.unread(direction == Direction.UP);
            if (unread.isEmpty()) {
                continue;
            }
            if (tool == null || r.isMerge()) {
                UnreadLine first = unread.get(0);
                throw new MigrationException(Kind.NEEDS_TOOL, "Revision " + r.id() + " (" + r.message() + ") needs Alembic: its "
                        + (direction == Direction.UP ? "upgrade()" : "downgrade()") + " has " + unread.size()
                        + (unread.size() == 1 ? " line" : " lines") + " Rowboat does not read as operations, the first at line "
                        + first.line() + ": `" + first.text().strip() + "` (" + first.reason() + "). "
                        + (r.isMerge() ? "A merge revision with code of its own runs only with Alembic itself. "
                        : "Rowboat runs it only with the project's own Alembic (`flask db`, or the command you set), and none is set. ")
                        + "Nothing was applied.");
            }
        }
    }

    private static List<Revision> pathOf(RevisionGraph graph, Set<String> current, Set<String> to, Direction direction) {
        return direction == Direction.UP ? graph.upgradePath(current, to) : graph.downgradePath(current, to);
    }

    private MigrationPlan plan(RevisionGraph graph, Set<String> current, String target, Direction direction, SchemaSnapshot start) {
        List<Revision> path = pathOf(graph, current, Targets.resolve(graph, target, current), direction);
        List<PlannedRevision> planned = new ArrayList<>();
        SchemaSnapshot schema = start;
        for (Revision r : path) {
            List<PlannedOperation> ops = new ArrayList<>();
            for (Operation op : direction == Direction.UP ? r.upgrade() : r.downgrade()) {
                try {
                    ops.add(new PlannedOperation(op, dialect.render(op, schema)));
                } catch (RuntimeException e) {
                    throw new MigrationException(Kind.OPERATION_FAILED, "Revision " + r.id() + ": " + op.describe()
                            + " cannot be rendered: " + e.getMessage(), e);
                }
                schema = applyTo(dialect, schema, op, r);
            }
            planned.add(new PlannedRevision(r, direction, ops));
        }
        Set<String> applied = graph.ancestors(current);
        for (Revision r : path) {
            applied = direction.across(applied, r.id());
        }
        return new MigrationPlan(direction, planned, List.copyOf(graph.headsWithin(applied)), List.copyOf(current));
    }

    /** The schema after {@code op}; an operation on a table the schema lacks is the repository's or the database's mistake. */
    static SchemaSnapshot applyTo(MigrationDialect dialect, SchemaSnapshot schema, Operation op, Revision r) {
        try {
            return dialect.apply(schema, op);
        } catch (RuntimeException e) {
            throw new MigrationException(Kind.OPERATION_FAILED, "Revision " + r.id() + ": " + op.describe()
                    + " does not fit the schema it runs on: " + e.getMessage(), e);
        }
    }

    private void checkEdits(Connection c, Map<String, RevisionFile> files, Set<String> applied, boolean acceptEdited) throws SQLException {
        List<String> edited = new ArrayList<>();
        for (VersionStore.Applied row : book.history(c).values()) {
            RevisionFile file = files.get(row.revision());
            if (file != null && applied.contains(row.revision()) && !file.matches(row.checksum())) {
                edited.add(file.name());
            }
        }
        if (!edited.isEmpty() && !acceptEdited) {
            throw new MigrationException(Kind.CHECKSUM_MISMATCH, "Applied revisions were edited since they ran: " + String.join(", ", edited)
                    + ". Check the database matches them, then run again accepting the edits (--accept-edited).");
        }
    }

    private interface Work<T> {
        T run(Connection work, Set<String> current) throws SQLException;
    }

    private interface Read<T> {
        T read(Connection c) throws SQLException;
    }

    /** Creates Rowboat's tables and takes the lock: only after the caller checked the database's {@link Ownership}. */
    private <T> T locked(Connection c, Work<T> work, RevisionGraph graph) throws SQLException {
        book.ensureTables(c);
        try (VersionBook.Held lock = book.lock(source)) {
            Set<String> current = book.current(c);
            List<String> unknown = current.stream().filter(id -> !graph.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new MigrationException(Kind.REPOSITORY, "The database is at revision " + String.join(", ", unknown)
                        + ", which " + repository.location() + " does not have. Is this the right repository?");
            }
            return work.run(c, current);
        }
    }

    private <T> T withConnection(Read<T> read) {
        if (source == null) {
            throw new MigrationException(Kind.DATABASE, "No database to read: this engine was opened offline");
        }
        try (Connection c = source.open()) {
            c.setAutoCommit(true);
            return read.read(c);
        } catch (SQLException e) {
            throw new MigrationException(Kind.DATABASE, "Database error: " + e.getMessage(), e);
        }
    }

    private static Map<String, RevisionFile> byId(List<RevisionFile> files) {
        Map<String, RevisionFile> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.revision().id(), f));
        return out;
    }
}
