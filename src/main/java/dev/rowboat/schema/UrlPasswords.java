package dev.rowboat.schema;

import java.util.regex.Pattern;

/** Removes passwords from URLs before they are shown, logged or stored. */
public final class UrlPasswords {
    /**
     * A password option with its value, and the separator after it: {@code ?password=x&},
     * {@code ;PASSWORD=x} (H2), and the drivers' other secrets ({@code sslpassword}, {@code keyStorePassword}).
     */
    private static final Pattern OPTION = Pattern.compile("(?i)([?&;])[a-z_.]*password=[^&;]*[&;]?");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[?&;]+$");

    private UrlPasswords() {
    }

    /** {@code postgresql://me:secret@host/db} becomes {@code postgresql://me@host/db}; password options go too. */
    public static String strip(String url) {
        String stripped = TRAILING_SEPARATORS.matcher(OPTION.matcher(url.strip()).replaceAll("$1")).replaceAll("");
        int scheme = stripped.indexOf("://");
        if (scheme < 0) {
            return stripped;
        }
        // Only the authority holds user:password@; an @ further on belongs to a path or an option (user=me@server).
        int start = scheme + 3;
        int end = start;
        while (end < stripped.length() && "/?#".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        int at = stripped.lastIndexOf('@', end - 1);
        if (at < start) {
            return stripped;
        }
        int colon = stripped.indexOf(':', start);
        return colon >= 0 && colon < at ? stripped.substring(0, colon) + stripped.substring(at) : stripped;
    }
}
