package dev.rowboat.app;

import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.MigrationException.Kind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code db show}, {@code db branches} and {@code db edit}: the revision files themselves, as
 * Flask-Migrate's commands of those names show and open them. They read the repository only;
 * {@code current} as the revision is the one case that reads the database.
 */
final class DbRevisionCommands {
    static final String CURRENT = "current";

    private DbRevisionCommands() {
    }

    /** The revisions REVISION names; {@code current} reads them from the database. */
    abstract static class OfRevision extends DbCommands.Base {
        @Parameters(arity = "0..1", paramLabel = "REVISION", defaultValue = "head",
                description = "head (default), heads, current (the database's), an id or unique prefix, a branch label or LABEL@head.")
        String revision;

        @Override
        boolean needsDatabase() {
            return CURRENT.equalsIgnoreCase(revision);
        }

        List<RevisionEntry> named(Migrations m) {
            RevisionEntries entries = RevisionEntries.of(m.repository());
            if (CURRENT.equalsIgnoreCase(revision)) {
                return entries.of(Set.copyOf(m.status().current()));
            }
            return entries.resolve(revision, Set.of());
        }
    }

    @Command(name = "show", description = "Show a revision: its parents, branches, file and message, as `flask db show` prints it.")
    static final class Show extends OfRevision {
        @Override
        boolean writes() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            for (RevisionEntry e : named(m)) {
                out.println(e.logEntry());
            }
            return 0;
        }
    }

    @Command(name = "edit", description = {"Open a revision's file in $EDITOR (else $VISUAL, else sensible-editor, editor, nano, vim "
            + "or code on PATH), as `flask db edit` does; exits when the editor does."})
    static final class Edit extends OfRevision {
        @Override
        int run(Migrations m, PrintWriter out) {
            List<RevisionEntry> named = named(m);
            if (named.isEmpty()) {
                throw new MigrationException(Kind.UNKNOWN_TARGET, CURRENT.equalsIgnoreCase(revision)
                        ? "The database is at base: no revision to edit" : "No revision file is named by \"" + revision + "\"");
            }
            RevisionEditor editor = new RevisionEditor(options.environment);
            for (RevisionEntry e : named) {
                Path file = e.path().orElseThrow(() -> new MigrationException(Kind.READ_ONLY, "Revision " + e.id()
                        + " is part of the built-in history inside Rowboat's jar (" + e.file() + ") and cannot be edited; "
                        + "`rowboat db init --dir FOLDER` starts a history of your own"));
                editor.open(file);
            }
            return 0;
        }
    }

    @Command(name = "branches", description = "List the revisions where the history branches, with the revisions that follow each, "
            + "as `flask db branches` does.")
    static final class Branches extends DbCommands.Base {
        @Option(names = {"-v", "--verbose"}, description = "Each branch point in full (as `show`), its branches with their messages.")
        boolean verbose;

        @Override
        boolean needsDatabase() {
            return false;
        }

        @Override
        boolean writes() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) {
            RevisionEntries entries = RevisionEntries.of(m.repository());
            for (RevisionEntry point : entries.newestFirst()) {
                if (!point.isBranchPoint()) {
                    continue;
                }
                String indent = " ".repeat(point.id().length());
                out.println((verbose ? point.logEntry() : point.line(false)) + "\n"
                        + point.children().stream().map(id -> indent + " -> " + entries.get(id).line(verbose))
                        .collect(Collectors.joining("\n")) + "\n");
            }
            return 0;
        }
    }
}
