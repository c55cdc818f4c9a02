package dev.rowboat.migrate.alembic;

import java.util.List;
import java.util.stream.Collectors;

/** Python literals as {@code repr()} writes them, so written files look like Alembic's own. */
final class PyLiterals {
    private PyLiterals() {
    }

    static String string(String s) {
        if (s == null) {
            return "None";
        }
        char quote = s.contains("'") && !s.contains("\"") ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c == quote) {
                        out.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append(quote).toString();
    }

    static String list(List<String> items) {
        return items.stream().map(PyLiterals::string).collect(Collectors.joining(", ", "[", "]"));
    }

    /** None, one string, or a tuple: what Alembic's script template writes for revision ids and labels. */
    static String idOrTuple(List<String> ids, boolean tupleForOne) {
        if (ids.isEmpty()) {
            return "None";
        }
        if (ids.size() == 1 && !tupleForOne) {
            return string(ids.get(0));
        }
        String inner = ids.stream().map(PyLiterals::string).collect(Collectors.joining(", "));
        return "(" + inner + (ids.size() == 1 ? ",)" : ")");
    }
}
