package dev.rowboat.migrate.alembic;

/** Python's backslash escapes in a string that is not raw. */
final class PyEscapes {
    private PyEscapes() {
    }

    /** Appends what the escape at {@code at} (a backslash) means; returns the position after it. */
    static int decode(String src, int at, StringBuilder out) {
        char e = src.charAt(at + 1);
        switch (e) {
            case '\n' -> {
                return at + 2;
            }
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case '0' -> out.append('\0');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case '\\', '\'', '"' -> out.append(e);
            case 'x' -> {
                return hex(src, at, 2, out);
            }
            case 'u' -> {
                return hex(src, at, 4, out);
            }
            case 'U' -> {
                return hex(src, at, 8, out);
            }
            default -> out.append('\\').append(e);
        }
        return at + 2;
    }

    private static int hex(String src, int at, int digits, StringBuilder out) {
        int end = Math.min(src.length(), at + 2 + digits);
        out.appendCodePoint(Integer.parseInt(src.substring(at + 2, end), 16));
        return end;
    }
}
