package dev.rowboat.app;

import dev.rowboat.migrate.Direction;
import dev.rowboat.migrate.MigrationListener;
import dev.rowboat.migrate.MigrationResult;
import dev.rowboat.migrate.MigrationStatus;
import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.Ownership;
import dev.rowboat.migrate.RevisionGraph;
import dev.rowboat.migrate.RevisionState;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.repo.HistoryFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The subcommands of {@code rowboat db}. */
final class DbCommands {
    private DbCommands() {
    }

    abstract static class Base implements Callable<Integer> {
        @Mixin
        DbOptions options = new DbOptions();
        @Spec
        CommandSpec spec;

        boolean needsDatabase() {
            return true;
        }

        /**
         * Whether a SQLite or H2 file that is not there yet may be made, as Flask-Migrate's upgrade,
         * stamp and migrate make one. The others only read: on a mistyped path they say so rather
         * than leave an empty file behind and report it at base.
         */
        boolean createsDatabase() {
            return false;
        }

        /**
         * Whether the command changes anything: the database, or the repository's files. Such a
         * command refuses {@code --read-only} rather than run half of what was asked.
         */
        boolean writes() {
            return true;
        }

        abstract int run(Migrations m, PrintWriter out) throws Exception;

        @Override
        public Integer call() {
            if (options.readOnly && writes()) {
                return DbCommand.refuseReadOnly(spec);
            }
            return DbCommand.execute(spec, options, needsDatabase(), createsDatabase(), this::run);
        }
    }

    @Command(name = "init", description = "Create an empty migration repository (DIR/versions).")
    static final class Init extends Base {
        @Override
        boolean needsDatabase() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            Migrations.init(options.folder());
            out.println("Created " + options.folder().resolve("versions"));
            return 0;
        }
    }

    /** Upgrade and downgrade: run, or with --sql print what would run. */
    abstract static class Move extends Base {
        @Option(names = "--sql", description = "Print the SQL instead of running it, without connecting: for the database kind "
                + "the URL names, from base (upgrade) or the heads (downgrade), or over START:END as in Alembic.")
        boolean sqlOnly;
        @Option(names = "--accept-edited", description = "Run even though applied revision files were edited since.")
        boolean acceptEdited;

        @Override
        boolean needsDatabase() {
            return !sqlOnly;
        }

        @Override
        boolean writes() {
            return !sqlOnly; // --sql prints, connecting to nothing
        }

        int move(Migrations m, PrintWriter out, String target, Direction direction) {
            if (sqlOnly) {
                out.print(m.script(m.planOffline(target, direction)));
                return 0;
            }
            MigrationResult result = m.run(target, direction, new MigrationListener() {
                @Override
                public void revisionStarted(Revision r, Direction d) {
                    out.println((d == Direction.UP ? "Upgrade " : "Downgrade ") + r.id() + ": " + r.message());
                    out.flush();
                }
                @Override
                public void toolOutput(String line) {
                    out.println("  " + line);
                    out.flush();
                }
            }, acceptEdited);
            if (result.revisions().isEmpty()) {
                out.println("Nothing to do");
            }
            out.println("At " + (result.current().isEmpty() ? "base" : String.join(", ", result.current())));
            return 0;
        }

    }

    @Command(name = "upgrade", description = "Apply revisions up to TARGET (default head).")
    static final class Upgrade extends Move {
        @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "head",
                description = "head, heads, an id or unique prefix, or +N.")
        String target;

        @Override
        boolean createsDatabase() {
            return true;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            return move(m, out, target, Direction.UP);
        }
    }

    @Command(name = "downgrade", description = "Undo revisions down to TARGET (default -1: the last one, as Flask-Migrate).")
    static final class Downgrade extends Move {
        @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "-1", description = "-N, base, an id or unique prefix.")
        String target;

        @Override
        int run(Migrations m, PrintWriter out) {
            return move(m, out, target, Direction.DOWN);
        }
    }

    @Command(name = "current", description = "Show the database's revision, edited revision files, the lock and other tools' tables.")
    static final class Current extends Base {
        @Option(names = "--json", description = DbJson.HELP)
        boolean json;

        @Override
        boolean writes() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            MigrationStatus s = m.status();
            if (json) {
                return DbJson.current(out, RevisionEntries.of(m.repository()), s);
            }
            if (s.current().isEmpty()) {
                out.println("base (no revision applied)");
            }
            for (String id : s.current()) {
                out.println(id + (s.heads().contains(id) ? " (head)" : "") + (s.unknown().contains(id) ? " (not in the repository)" : ""));
            }
            if (!s.pending().isEmpty()) {
                out.println(s.pending().size() + " pending");
            }
            s.edited().forEach(id -> out.println("edited since applied: " + id));
            if (s.lockHolder() != null) {
                out.println("locked by " + s.lockHolder());
            }
            if (s.ownership() == Ownership.UNVERSIONED) {
                out.println(m.repository().format() == HistoryFormat.ALEMBIC
                        ? "no alembic_version table: the database has tables its revisions did not make; "
                        + "`rowboat db stamp REVISION` records the revision its schema matches"
                        : "no version table: the database has tables Rowboat did not make; "
                        + "`rowboat db baseline --dir FOLDER` starts a history from them");
            }
            return 0;
        }
    }

    @Command(name = "history", description = "List the revisions, newest first, with what is applied "
            + "(without the database file, as `flask db history` does: the revisions alone).")
    static final class History extends Base {
        @Option(names = "--json", description = DbJson.HELP)
        boolean json;

        @Override
        boolean writes() {
            return false;
        }

        @Override
        boolean needsDatabase() {
            return options.target().spec().missingFile().isEmpty();
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            if (json) {
                return DbJson.history(out, RevisionEntries.of(m.repository()), needsDatabase() ? m.status() : null);
            }
            if (!needsDatabase()) {
                RevisionGraph graph = m.graph();
                List<Revision> newestFirst = new java.util.ArrayList<>(graph.revisions());
                java.util.Collections.reverse(newestFirst);
                newestFirst.forEach(r -> out.println(line(r, graph.heads().contains(r.id()), "", false)));
                return 0;
            }
            for (RevisionState s : m.history()) {
                out.println(line(s.revision(), s.head(), s.applied() ? " applied" : " pending", s.edited()));
            }
            return 0;
        }

        private static String line(Revision r, boolean head, String state, boolean edited) {
            String down = r.downRevisions().isEmpty() ? "<base>" : String.join(", ", r.downRevisions());
            String labels = r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")";
            return down + " -> " + r.id() + labels + (head ? " (head)" : "") + (r.isMerge() ? " (mergepoint)" : "")
                    + state + (edited ? " EDITED" : "") + (r.unread().isEmpty() ? "" : " (needs Alembic)") + ": " + r.message();
        }
    }

    @Command(name = "heads", description = "List the repository's head revisions.")
    static final class Heads extends Base {
        @Option(names = "--json", description = DbJson.HELP)
        boolean json;

        @Override
        boolean writes() {
            return false;
        }

        @Override
        boolean needsDatabase() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            if (json) {
                return DbJson.heads(out, RevisionEntries.of(m.repository()));
            }
            RevisionGraph graph = m.graph();
            graph.heads().forEach(id -> out.println(id + ": " + graph.get(id).message()));
            return 0;
        }
    }

    @Command(name = "merge", description = "Write a revision that joins all heads.")
    static final class Merge extends Base {
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", defaultValue = DbDraftCommands.EMPTY_MESSAGE,
                description = "The revision's message (default: \"" + DbDraftCommands.EMPTY_MESSAGE + "\", as Alembic).")
        String message;

        @Override
        boolean needsDatabase() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            Revision r = m.merge(message);
            out.println("Created merge revision " + r.id() + " of " + String.join(", ", r.downRevisions()));
            return 0;
        }
    }

    @Command(name = "revision", description = "Write an empty revision after the head(s), to fill in by hand.")
    static final class NewRevision extends Base {
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", defaultValue = DbDraftCommands.EMPTY_MESSAGE,
                description = "The revision's message (default: \"" + DbDraftCommands.EMPTY_MESSAGE + "\", as Alembic).")
        String message;

        @Override
        boolean needsDatabase() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            Revision r = m.writeRevision(message, List.of(), List.of());
            out.println("Created revision " + r.id());
            return 0;
        }
    }

    @Command(name = "stamp", description = "Record TARGET as the database's revision without running anything.")
    static final class Stamp extends Base {
        @Parameters(paramLabel = "TARGET")
        String target;

        @Override
        boolean createsDatabase() {
            return true;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            List<String> at = m.stamp(target);
            out.println("Stamped at " + (at.isEmpty() ? "base" : String.join(", ", at)));
            return 0;
        }
    }

    @Command(name = "baseline", description = {
            "Start a history on a database whose tables Rowboat did not make: write a first revision to --dir whose upgrade "
                    + "creates the tables as they are (its downgrade drops them), and stamp the database at it.",
            "Creates rowboat_version, rowboat_history and rowboat_lock; nothing else in the database changes. "
                    + "The repository must be a folder without revisions (created if missing)."})
    static final class Baseline extends Base {
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", defaultValue = "baseline")
        String message;

        @Override
        int run(Migrations m, PrintWriter out) {
            dev.rowboat.migrate.Baseline b = m.baseline(message);
            out.println("Created revision " + b.revision().id() + " in " + b.file() + ": creates "
                    + (b.tables().isEmpty() ? "no tables" : String.join(", ", b.tables())));
            out.println("Stamped at " + b.revision().id() + " (Rowboat's tables "
                    + String.join(", ", dev.rowboat.migrate.Baseline.BOOKKEEPING_TABLES) + ")");
            return 0;
        }
    }

    @Command(name = "unlock", description = "Clear a migration lock that a crashed process left behind.")
    static final class Unlock extends Base {
        @Override
        int run(Migrations m, PrintWriter out) {
            out.println(m.clearLock().map(h -> "Cleared the lock held by " + h).orElse("No lock was held"));
            return 0;
        }
    }
}
