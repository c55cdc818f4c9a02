package dev.rowboat.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} or {@code .flaskenv} file as python-dotenv does (the library {@code flask}
 * loads them with), so Rowboat finds the same {@code DATABASE_URL}: {@code KEY=value} lines, an
 * optional {@code export } prefix, {@code #} comments (after an unquoted value only when a space
 * precedes them), single quotes taken literally, double quotes with backslash escapes, values
 * over several lines inside quotes, and {@code ${NAME}} / {@code ${NAME:-default}} expanded from
 * the environment first, then from the lines above. A line it cannot read is skipped.
 */
final class DotEnv {
    // The expressions of python-dotenv's parser.py, applied the same way at the same places.
    private static final Pattern MULTILINE_WHITESPACE = Pattern.compile("\\s*", Pattern.MULTILINE);
    private static final Pattern WHITESPACE = Pattern.compile("[^\\S\\r\\n]*");
    private static final Pattern EXPORT = Pattern.compile("(?:export[^\\S\\r\\n]+)?");
    private static final Pattern SINGLE_QUOTED_KEY = Pattern.compile("'([^']+)'");
    private static final Pattern UNQUOTED_KEY = Pattern.compile("([^=#\\s]+)");
    private static final Pattern EQUAL_SIGN = Pattern.compile("(=[^\\S\\r\\n]*)");
    private static final Pattern SINGLE_QUOTED_VALUE = Pattern.compile("'((?:\\\\'|[^'])*)'");
    private static final Pattern DOUBLE_QUOTED_VALUE = Pattern.compile("\"((?:\\\\\"|[^\"])*)\"");
    private static final Pattern UNQUOTED_VALUE = Pattern.compile("([^\\r\\n]*)");
    private static final Pattern COMMENT = Pattern.compile("(?:[^\\S\\r\\n]*#[^\\r\\n]*)?");
    private static final Pattern END_OF_LINE = Pattern.compile("[^\\S\\r\\n]*(?:\\r\\n|\\n|\\r|$)");
    private static final Pattern REST_OF_LINE = Pattern.compile("[^\\r\\n]*(?:\\r|\\n|\\r\\n)?");
    private static final Pattern INLINE_COMMENT = Pattern.compile("\\s+#.*");
    private static final Pattern DOUBLE_QUOTE_ESCAPES = Pattern.compile("\\\\[\\\\'\"abfnrtv]");
    private static final Pattern SINGLE_QUOTE_ESCAPES = Pattern.compile("\\\\[\\\\']");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}:]*)(?::-([^}]*))?}");

    /** One {@code KEY=value} line; the value is null for a bare {@code KEY}, which sets nothing. */
    record Binding(String key, String value) {
    }

    private final String text;
    private int position;

    private DotEnv(String text) {
        this.text = text;
    }

    /**
     * The file's values, expanded: {@code environment} wins over a value set above in the file, as
     * python-dotenv does when it does not override. Bare keys are left out.
     */
    static Map<String, String> values(String text, Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Binding b : parse(text)) {
            if (b.value() == null) {
                values.remove(b.key());
                continue;
            }
            Map<String, String> scope = new LinkedHashMap<>(values);
            scope.putAll(environment);
            values.put(b.key(), expand(b.value(), scope));
        }
        return values;
    }

    /** The lines that set something, in order, values not expanded. */
    static List<Binding> parse(String text) {
        DotEnv reader = new DotEnv(text);
        List<Binding> out = new ArrayList<>();
        while (reader.position < text.length()) {
            Binding b = reader.binding();
            if (b != null && b.key() != null) {
                out.add(b);
            }
        }
        return out;
    }

    private Binding binding() {
        int mark = position;
        try {
            read(MULTILINE_WHITESPACE);
            if (position >= text.length()) {
                return null;
            }
            read(EXPORT);
            String key = key();
            read(WHITESPACE);
            String value = null;
            if (peek() == '=') {
                read(EQUAL_SIGN);
                value = value();
            }
            read(COMMENT);
            read(END_OF_LINE);
            return new Binding(key, value);
        } catch (IllegalStateException unreadable) {
            position = mark;
            read(REST_OF_LINE);
            return null;
        }
    }

    private String key() {
        char c = peek();
        if (c == '#') {
            return null;
        }
        return c == '\'' ? read(SINGLE_QUOTED_KEY) : read(UNQUOTED_KEY);
    }

    private String value() {
        char c = peek();
        if (c == '\'') {
            return unescape(SINGLE_QUOTE_ESCAPES, read(SINGLE_QUOTED_VALUE));
        }
        if (c == '"') {
            return unescape(DOUBLE_QUOTE_ESCAPES, read(DOUBLE_QUOTED_VALUE));
        }
        if (c == 0 || c == '\n' || c == '\r') {
            return "";
        }
        return INLINE_COMMENT.matcher(read(UNQUOTED_VALUE)).replaceAll("").stripTrailing();
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    /** Matches at the current position and moves past it; the first group, if there is one. */
    private String read(Pattern pattern) {
        Matcher m = pattern.matcher(text).region(position, text.length());
        if (!m.lookingAt()) {
            throw new IllegalStateException("not found");
        }
        position = m.end();
        return m.groupCount() > 0 ? m.group(1) : m.group();
    }

    private static String unescape(Pattern escapes, String value) {
        return escapes.matcher(value).replaceAll(m -> Matcher.quoteReplacement(switch (m.group().charAt(1)) {
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000b";
            default -> String.valueOf(m.group().charAt(1));
        }));
    }

    private static String expand(String value, Map<String, String> scope) {
        return VARIABLE.matcher(value).replaceAll(m -> {
            String found = scope.get(m.group(1));
            return Matcher.quoteReplacement(found != null ? found : m.group(2) != null ? m.group(2) : "");
        });
    }
}
