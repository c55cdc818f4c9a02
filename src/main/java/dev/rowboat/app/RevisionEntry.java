package dev.rowboat.app;

import dev.rowboat.migrate.alembic.AlembicScriptReader;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.repo.HistoryFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One revision as {@code db show}, {@code db branches} and the {@code --json} output describe it.
 * The text is Alembic's ({@code Script.log_entry} and {@code Script.cmd_format}), so that a
 * Flask-Migrate user reads what {@code flask db show} prints.
 *
 * @param file     where it is read from: a path, or {@code classpath:…} for the built-in history
 * @param path     the same file when it is one a person can open
 * @param children the revisions that follow it, oldest first
 * @param branches the branch labels it is on as Alembic counts them: its own, then those it shares
 *                 with the labelled revisions of its branch ({@link RevisionEntries})
 */
record RevisionEntry(Revision revision, String file, Optional<Path> path, HistoryFormat format, List<String> children,
                     List<String> branches) {
    RevisionEntry {
        children = List.copyOf(children);
        branches = List.copyOf(branches);
    }

    String id() {
        return revision.id();
    }

    boolean isHead() {
        return children.isEmpty();
    }

    boolean isBranchPoint() {
        return children.size() > 1;
    }

    boolean isMergePoint() {
        return revision.isMerge();
    }

    /**
     * Alembic's {@code longdoc}: an Alembic revision's whole docstring (message, then Revision ID,
     * Revises and Create Date as the template writes them), a Rowboat revision's message.
     */
    String longDoc() {
        if (format != HistoryFormat.ALEMBIC || path.isEmpty()) {
            return revision.message();
        }
        try {
            return AlembicScriptReader.docstring(Files.readString(path.get(), StandardCharsets.UTF_8), file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Alembic's {@code doc}: the first paragraph of {@link #longDoc()}. */
    String doc() {
        return longDoc().split("\n\n", 2)[0];
    }

    /** Alembic's {@code log_entry}, as {@code show} and verbose listings print it (it ends with a newline). */
    String logEntry() {
        StringBuilder entry = new StringBuilder("Rev: ").append(id()).append(isHead() ? " (head)" : "")
                .append(isBranchPoint() ? " (branchpoint)" : "").append(isMergePoint() ? " (mergepoint)" : "").append('\n');
        entry.append(isMergePoint() ? "Merges: " : "Parent: ").append(downRevisions()).append('\n');
        if (isBranchPoint()) {
            entry.append("Branches into: ").append(String.join(", ", children)).append('\n');
        }
        if (!branches.isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", branches)).append('\n');
        }
        entry.append("Path: ").append(file).append('\n');
        entry.append('\n').append(longDoc().lines().map(line -> "    " + line).collect(Collectors.joining("\n"))).append('\n');
        return entry.toString();
    }

    /** Alembic's one-line {@code cmd_format}: {@code id (labels) (head) (branchpoint) (mergepoint), doc}. */
    String line(boolean includeDoc) {
        StringBuilder text = new StringBuilder(id());
        if (!branches.isEmpty()) {
            text.append(" (").append(String.join(", ", branches)).append(')');
        }
        text.append(isHead() ? " (head)" : "").append(isBranchPoint() ? " (branchpoint)" : "").append(isMergePoint() ? " (mergepoint)" : "");
        return includeDoc ? text.append(", ").append(doc()).toString() : text.toString();
    }

    private String downRevisions() {
        return revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
    }
}
