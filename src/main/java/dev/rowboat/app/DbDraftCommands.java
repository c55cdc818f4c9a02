package dev.rowboat.app;

import dev.rowboat.migrate.Migrations;
import dev.rowboat.migrate.RevisionDrafts;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.diff.Candidate;
import dev.rowboat.migrate.repo.HistoryFormat;
import dev.rowboat.migrate.diff.ModelSchemaReader;
import dev.rowboat.migrate.diff.RenameQuestion;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code rowboat db migrate} and {@code db check}: autogenerate against a database at the head. */
final class DbDraftCommands {
    /** The message of a revision written without -m: Alembic's words for it. */
    static final String EMPTY_MESSAGE = "empty message";

    private DbDraftCommands() {
    }

    /** The model and how to diff it; shared by both commands. */
    abstract static class Draft extends DbCommands.Base {
        @Option(names = "--entity", paramLabel = "CLASS",
                description = "An annotated entity class on the classpath (repeat for each). Default: in an Alembic project, "
                        + "the database against the schema as of the head (drift: changes made by hand); else the built-in microblog model.")
        List<String> entities = new ArrayList<>();
        RevisionDrafts drafts;

        Candidate draft(Migrations m) throws ClassNotFoundException {
            ConnectionSpec spec = options.target().spec();
            drafts = new RevisionDrafts(m, DbConnections.of(spec), spec.dbms());
            if (drift(m)) {
                return drafts.drift();
            }
            List<Class<?>> classes = entities.isEmpty() ? MicroblogModel.ENTITY_CLASSES : load(entities);
            return drafts.draft(ModelSchemaReader.read(classes, spec.dbms()));
        }

        // The built-in microblog model is never compared with someone's own project
        boolean drift(Migrations m) {
            return entities.isEmpty() && m.repository().format() == HistoryFormat.ALEMBIC;
        }

        private static List<Class<?>> load(List<String> names) throws ClassNotFoundException {
            List<Class<?>> out = new ArrayList<>();
            for (String name : names) {
                out.add(Class.forName(name, false, DbDraftCommands.class.getClassLoader()));
            }
            return out;
        }

        static void list(Candidate c, PrintWriter out) {
            c.upgrade().stream().map(Operation::describe).forEach(line -> out.println("  " + line));
        }
    }

    @Command(name = "migrate", description = {
            "Compare the entity model with the database (which must be at the head) and write the difference as a new revision.",
            "Prints 'No changes' and writes nothing when they agree. Renames cannot be told from a drop and an add: "
                    + "answer each question with --rename, --accept-renames, or --no-renames to drop and add."})
    static final class Migrate extends Draft {
        @Option(names = {"-m", "--message"}, paramLabel = "MESSAGE", defaultValue = EMPTY_MESSAGE,
                description = "The revision's message (default: \"" + EMPTY_MESSAGE + "\", as Alembic).")
        String message;
        @Option(names = "--rename", paramLabel = "TABLE.OLD=NEW|OLD=NEW",
                description = "Confirm a rename: a column (TABLE.OLD=NEW) or a table (OLD=NEW), so its values are kept.")
        List<String> renames = new ArrayList<>();
        @Option(names = "--accept-renames", description = "Confirm every rename autogenerate asks about.")
        boolean acceptRenames;
        @Option(names = "--no-renames", description = "Answer every open rename question with no: drop and add (the values are lost).")
        boolean noRenames;

        @Override
        boolean createsDatabase() {
            return true; // the tutorial's first `flask db migrate` runs before any database exists
        }

        @Override
        int run(Migrations m, PrintWriter out) throws Exception {
            Candidate c = answer(draft(m));
            PrintWriter err = spec.commandLine().getErr();
            c.notes().forEach(n -> err.println("Note: " + n));
            if (c.isEmpty()) {
                out.println(drift(m) ? "No changes: the database matches its history's head; nothing written"
                        : "No changes: the database matches the model; nothing written");
                return 0;
            }
            if (!c.renames().isEmpty() && !noRenames) {
                out.flush();
                c.renames().forEach(q -> err.println("Question: " + q.question() + " Answer with --rename " + answerOf(q)
                        + ", or --no-renames to drop and add"));
                err.println("Nothing written: " + c.renames().size() + " rename question(s) to answer");
                return ExitCode.DIFFERENCES.code();
            }
            c.warnings().forEach(w -> err.println("Warning: " + w));
            Revision r = (drift(m) ? drafts.writeDrift(message, c) : drafts.write(message, c)).orElseThrow();
            out.println("Created revision " + r.id() + ": " + message + " (" + c.summary() + ") in " + m.repository().fileOf(r));
            list(c, out);
            if (drift(m)) {
                out.println("Stamped at " + r.id() + ": the database has these changes already; other databases get them "
                        + "with `db upgrade`.");
            }
            return 0;
        }

        private Candidate answer(Candidate candidate) {
            Candidate c = candidate;
            for (String rename : renames) {
                List<RenameQuestion> open = c.renames();
                RenameQuestion q = open.stream().filter(x -> answerOf(x).equalsIgnoreCase(rename)).findFirst()
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--rename " + rename
                                + " answers none of the questions: " + open.stream().map(DbDraftCommands::answerOf).toList()));
                c = c.accept(q);
            }
            while (acceptRenames && !c.renames().isEmpty()) {
                c = c.accept(c.renames().get(0));
            }
            return c;
        }
    }

    @Command(name = "check", description = "Exit 1, listing the differences, when the entity model and the database "
            + "(at the head) differ; exit 0 when they agree. For CI: a model change without its revision fails.")
    static final class Check extends Draft {
        @Option(names = "--json", description = DbJson.HELP)
        boolean json;

        @Override
        boolean writes() {
            return false;
        }

        @Override
        int run(Migrations m, PrintWriter out) throws Exception {
            Candidate c = draft(m);
            if (json) {
                return DbJson.check(out, c, drift(m));
            }
            if (c.isEmpty()) {
                out.println(drift(m) ? "No changes: the database matches its history's head" : "No changes: the database matches the model");
                return 0;
            }
            out.println((drift(m) ? "The database differs from its history's head (" : "The model and the database differ (")
                    + c.summary() + "):");
            list(c, out);
            c.renames().forEach(q -> out.println("  or " + q.question()));
            return ExitCode.DIFFERENCES.code();
        }
    }

    /** The --rename value that answers a question. */
    static String answerOf(RenameQuestion q) {
        return (q.kind() == RenameQuestion.Kind.COLUMN ? q.table() + "." : "") + q.from() + "=" + q.to();
    }
}
