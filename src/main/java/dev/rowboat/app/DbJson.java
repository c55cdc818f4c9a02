package dev.rowboat.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.rowboat.migrate.MigrationStatus;
import dev.rowboat.migrate.RevisionState;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.diff.RenameQuestion;
import dev.rowboat.migrate.ops.Operation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code --json} output of {@code db current}, {@code history}, {@code heads} and
 * {@code check}: one JSON object on stdout, its shape documented in the README and kept stable
 * (fields are added, never renamed or removed). Every revision is written the same way
 * ({@link #revision}); what only a database can tell ({@code is_current}, {@code applied},
 * {@code edited}) is {@code null} when the command read no database.
 */
final class DbJson {
    static final String HELP = "Print one JSON object instead of lines (its fields are listed in the README).";
    private static final JsonFactory FACTORY = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private DbJson() {
    }

    /** What the database knows of a revision: null fields when no database was read. */
    record Known(Boolean current, Boolean applied, Boolean edited) {
        static final Known NOTHING = new Known(null, null, null);
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** {@code {"current": [revision…], "unknown": [id…], "heads": […], "pending": [id…], "edited": […], …}} */
    static int current(PrintWriter out, RevisionEntries entries, MigrationStatus s) {
        Map<String, Known> known = known(s);
        write(out, g -> {
            g.writeArrayFieldStart("current");
            for (RevisionEntry e : entries.of(s.current())) {
                revision(g, e, known.get(e.id()));
            }
            g.writeEndArray();
            strings(g, "unknown", s.unknown());
            strings(g, "heads", s.heads());
            strings(g, "pending", s.pending().stream().map(r -> r.revision().id()).toList());
            strings(g, "edited", s.edited());
            g.writeBooleanField("up_to_date", s.isUpToDate());
            g.writeStringField("locked_by", s.lockHolder());
            g.writeStringField("ownership", s.ownership().name().toLowerCase(Locale.ROOT));
        });
        return 0;
    }

    /** {@code {"revisions": [revision…]}}, newest first; {@code status} null when no database was read. */
    static int history(PrintWriter out, RevisionEntries entries, MigrationStatus status) {
        Map<String, Known> known = status == null ? Map.of() : known(status);
        write(out, g -> {
            g.writeArrayFieldStart("revisions");
            for (RevisionEntry e : entries.newestFirst()) {
                revision(g, e, known.getOrDefault(e.id(), Known.NOTHING));
            }
            g.writeEndArray();
        });
        return 0;
    }

    /** {@code {"heads": [revision…]}}. */
    static int heads(PrintWriter out, RevisionEntries entries) {
        write(out, g -> {
            g.writeArrayFieldStart("heads");
            for (RevisionEntry e : entries.of(entries.graph().heads())) {
                revision(g, e, Known.NOTHING);
            }
            g.writeEndArray();
        });
        return 0;
    }

    /**
     * {@code {"differs": bool, "against": "model"|"history", "summary": …, "changes": […],
     * "renames": […], "warnings": […], "notes": […]}}; exit 1 when it differs, as without --json.
     */
    static int check(PrintWriter out, Candidate c, boolean againstHistory) {
        write(out, g -> {
            g.writeBooleanField("differs", !c.isEmpty());
            g.writeStringField("against", againstHistory ? "history" : "model");
            g.writeStringField("summary", c.summary());
            strings(g, "changes", c.upgrade().stream().map(Operation::describe).toList());
            strings(g, "renames", c.renames().stream().map(RenameQuestion::question).toList());
            strings(g, "warnings", c.warnings());
            strings(g, "notes", c.notes());
        });
        return c.isEmpty() ? 0 : 1;
    }

    /**
     * One revision: {@code revision, down_revisions, message, created, branch_labels, is_head,
     * is_branch_point, is_merge_point, needs_alembic, path, is_current, applied, edited}.
     */
    static void revision(JsonGenerator g, RevisionEntry e, Known known) throws IOException {
        Revision r = e.revision();
        g.writeStartObject();
        g.writeStringField("revision", r.id());
        strings(g, "down_revisions", r.downRevisions());
        g.writeStringField("message", r.message());
        // Alembic files without a Create Date are read as the epoch: unknown, not 1970
        g.writeStringField("created", r.created().equals(Instant.EPOCH) ? null : r.created().toString());
        strings(g, "branch_labels", r.branchLabels());
        g.writeBooleanField("is_head", e.isHead());
        g.writeBooleanField("is_branch_point", e.isBranchPoint());
        g.writeBooleanField("is_merge_point", e.isMergePoint());
        g.writeBooleanField("needs_alembic", !r.unread().isEmpty());
        g.writeStringField("path", e.file());
        bool(g, "is_current", known.current());
        bool(g, "applied", known.applied());
        bool(g, "edited", known.edited());
        g.writeEndObject();
    }

    private static Map<String, Known> known(MigrationStatus s) {
        return s.revisions().stream().collect(Collectors.toMap(st -> st.revision().id(),
                (RevisionState st) -> new Known(s.current().contains(st.revision().id()), st.applied(), st.edited()),
                (a, b) -> a));
    }

    private static void bool(JsonGenerator g, String name, Boolean value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeBooleanField(name, value);
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void write(PrintWriter out, Body body) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
