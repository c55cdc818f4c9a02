package dev.rowboat.data.console;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * H2 quotes the statement in a syntax error with {@code [*]} where parsing stopped:
 * {@code Syntax error in SQL statement "SELECT * [*]FRM USER"}. In that quoted form {@code "} and
 * {@code \} are doubled and other invisible characters written {@code \000a} (or {@code \+0e0001}
 * beyond 16 bits), so the marker's offset is found in the unescaped form.
 */
final class H2ErrorText {
    private static final String MARKER = "[*]";

    private H2ErrorText() {
    }

    /** The marker's offset in {@code statementText}, from an H2 message (without its SQL statement part). */
    static OptionalInt markerOffset(String message, String statementText) {
        for (String quoted : quotedParts(message)) {
            for (int marker = quoted.indexOf(MARKER); marker >= 0; marker = quoted.indexOf(MARKER, marker + 1)) {
                String sql = quoted.substring(0, marker) + quoted.substring(marker + MARKER.length());
                // H2 quotes the one statement it parsed, which may be part of what it was sent
                int where = statementText.indexOf(sql);
                if (where >= 0) {
                    return OptionalInt.of(where + marker);
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The unescaped contents of each {@code "…"} in the message that holds the marker. */
    private static List<String> quotedParts(String message) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while ((i = message.indexOf('"', i)) >= 0) {
            StringBuilder part = new StringBuilder();
            i++;
            while (i < message.length()) {
                char c = message.charAt(i);
                if (c == '"' && i + 1 < message.length() && message.charAt(i + 1) == '"') {
                    part.append('"');
                    i += 2;
                } else if (c == '"') {
                    i++;
                    break;
                } else if (c == '\\') {
                    i = unescape(message, i, part);
                } else {
                    part.append(c);
                    i++;
                }
            }
            if (part.indexOf(MARKER) >= 0) {
                parts.add(part.toString());
            }
        }
        return parts;
    }

    /** One escape from the backslash at {@code i}; returns where the text after it starts. */
    private static int unescape(String message, int i, StringBuilder part) {
        if (message.startsWith("\\\\", i)) {
            part.append('\\');
            return i + 2;
        }
        boolean wide = message.startsWith("\\+", i);
        int digits = wide ? 6 : 4;
        int from = i + (wide ? 2 : 1);
        if (from + digits <= message.length()) {
            try {
                part.appendCodePoint(Integer.parseInt(message.substring(from, from + digits), 16));
                return from + digits;
            } catch (IllegalArgumentException e) {
                // not an escape after all (NumberFormatException, or no such code point): keep it as written
            }
        }
        part.append('\\');
        return i + 1;
    }
}
