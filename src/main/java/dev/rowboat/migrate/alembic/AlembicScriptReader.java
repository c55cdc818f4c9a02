package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.alembic.PyExpr.Seq;
import dev.rowboat.migrate.alembic.PyExpr.Str;
import dev.rowboat.migrate.alembic.PyToken.Kind;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.api.UnreadLine;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Alembic / Flask-Migrate revision file ({@code migrations/versions/*.py}) by parsing it,
 * never by running Python. The module's {@code revision}, {@code down_revision} and
 * {@code branch_labels}, its docstring's first line (the message) and {@code Create Date}, and the
 * {@code op.*} calls of {@code upgrade()} and {@code downgrade()} become a {@link Revision}; every
 * line of those functions it cannot read as an operation is kept in {@link Revision#unread()}.
 */
public final class AlembicScriptReader {
    private static final Pattern CREATE_DATE = Pattern.compile(
            "^Create Date:\\s*(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)([+-]\\d{2}:?\\d{2}|Z)?", Pattern.MULTILINE);

    private AlembicScriptReader() {
    }

    /**
     * @param fileName named in errors
     * @throws MigrationException of kind REPOSITORY when the file is not Python or has no
     *                            {@code revision}; never for Python in the functions it cannot read
     */
    public static Revision read(String source, String fileName) {
        List<PyLine> lines;
        try {
            lines = PyLexer.lines(source, fileName);
        } catch (PySyntaxError e) {
            throw new MigrationException(MigrationException.Kind.REPOSITORY, e.getMessage() + ": the file is not Python Rowboat can read.", e);
        }
        String docstring = docstring(lines);
        Map<String, PyExpr> metadata = new HashMap<>();
        Map<String, List<PyLine>> functions = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            PyLine line = lines.get(i);
            if (line.indent() != 0) {
                continue;
            }
            List<PyToken> t = line.tokens();
            if (t.get(0).isName("def") && t.size() > 1 && (t.get(1).isName("upgrade") || t.get(1).isName("downgrade")) && line.opensBlock()) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).indent() > 0) {
                    end++;
                }
                functions.put(t.get(1).text(), lines.subList(i + 1, end));
            } else if (t.get(0).kind() == Kind.NAME && t.size() > 2 && (t.get(1).isOp("=") || t.get(1).isOp(":"))) {
                assignment(t, fileName, metadata);
            }
        }
        String id = revision(metadata.get("revision"), fileName);
        String[] sourceLines = source.replace("\r\n", "\n").split("\n", -1);
        Reading upgrade = new Reading(true, sourceLines);
        Reading downgrade = new Reading(false, sourceLines);
        BodyReader.read(functions.getOrDefault("upgrade", List.of()), upgrade);
        BodyReader.read(functions.getOrDefault("downgrade", List.of()), downgrade);
        List<UnreadLine> unread = new ArrayList<>(upgrade.unread);
        unread.addAll(downgrade.unread);
        return new Revision(id, names(metadata.get("down_revision"), "down_revision", fileName), message(docstring),
                created(docstring), IndexFolding.intoTables(upgrade.operations), IndexFolding.intoTables(downgrade.operations),
                names(metadata.get("branch_labels"), "branch_labels", fileName), unread);
    }

    /** {@code name = value} and the typed form {@code name: Union[str, None] = value}. */
    private static void assignment(List<PyToken> t, String fileName, Map<String, PyExpr> metadata) {
        String name = t.get(0).text();
        if (!List.of("revision", "down_revision", "branch_labels", "depends_on").contains(name)) {
            return;
        }
        int depth = 0;
        int equals = -1;
        for (int i = 1; i < t.size() && equals < 0; i++) {
            PyToken x = t.get(i);
            depth += x.isOp("[") || x.isOp("(") ? 1 : x.isOp("]") || x.isOp(")") ? -1 : 0;
            if (depth == 0 && x.isOp("=")) {
                equals = i;
            }
        }
        if (equals < 0) {
            return;
        }
        try {
            metadata.put(name, PyParser.parse(t, equals + 1));
        } catch (PyUnsupported e) {
            throw new MigrationException(MigrationException.Kind.REPOSITORY, fileName + ", line " + t.get(0).line() + ": " + name
                    + " is not a literal Rowboat can read (" + e.getMessage() + ").");
        }
    }

    private static String revision(PyExpr e, String fileName) {
        if (e instanceof Str s && !s.value().isBlank()) {
            return s.value();
        }
        throw new MigrationException(MigrationException.Kind.REPOSITORY, fileName
                + ": it has no revision = '...' line, so it is not an Alembic revision Rowboat can read.");
    }

    /** None, a string, or a tuple/list of strings (a merge; several branch labels). */
    private static List<String> names(PyExpr e, String what, String fileName) {
        if (e == null || e instanceof Const c && c.value() == null) {
            return List.of();
        }
        if (e instanceof Str s) {
            return List.of(s.value());
        }
        if (e instanceof Seq s && s.items().stream().allMatch(Str.class::isInstance)) {
            return s.items().stream().map(x -> ((Str) x).value()).toList();
        }
        throw new MigrationException(MigrationException.Kind.REPOSITORY, fileName + ": " + what
                + " must be None, a string, or a tuple of strings.");
    }

    /**
     * The module's docstring as written (Alembic's {@code Script.longdoc} is it stripped), or
     * empty when the file has none.
     *
     * @throws MigrationException of kind REPOSITORY when the file is not Python
     */
    public static String docstring(String source, String fileName) {
        try {
            return docstring(PyLexer.lines(source, fileName));
        } catch (PySyntaxError e) {
            throw new MigrationException(MigrationException.Kind.REPOSITORY, e.getMessage() + ": the file is not Python Rowboat can read.", e);
        }
    }

    private static String docstring(List<PyLine> lines) {
        return !lines.isEmpty() && lines.get(0).tokens().stream().allMatch(t -> t.kind() == Kind.STRING)
                ? lines.get(0).tokens().get(0).text() : "";
    }

    private static String message(String docstring) {
        String first = docstring.strip();
        int end = first.indexOf('\n');
        return end < 0 ? first : first.substring(0, end).strip();
    }

    /** Alembic writes naive local time unless told a timezone; it is taken as UTC. Absent: the epoch. */
    private static Instant created(String docstring) {
        Matcher m = CREATE_DATE.matcher(docstring);
        if (!m.find()) {
            return Instant.EPOCH;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            if (m.group(3) == null) {
                return local.toInstant(ZoneOffset.UTC);
            }
            String offset = m.group(3).equals("Z") ? "Z" : m.group(3).replaceFirst("^([+-]\\d{2})(\\d{2})$", "$1:$2");
            return OffsetDateTime.of(local, ZoneOffset.of(offset)).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
