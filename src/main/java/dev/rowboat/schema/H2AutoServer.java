package dev.rowboat.schema;

import java.util.regex.Pattern;

/**
 * H2's automatic mixed mode ({@code ;AUTO_SERVER=TRUE}), which Rowboat asks for on its own default
 * database file: the first process to open the file opens it embedded and serves it on a local
 * port; a second process (another window, a {@code rowboat db} command) connects through that
 * server instead of failing with "Database may be already in use". The setting lives in the
 * connection URL, but it is not part of the database's identity: URLs are shown, remembered and
 * compared without it, so the recent list, console history and diagram positions keyed by URL
 * stay as they were. H2 refuses it on a file opened read-only, so a read-only connection leaves it out.
 */
public final class H2AutoServer {
    /** What the default database's URL carries. */
    public static final String SETTING = ";AUTO_SERVER=TRUE";
    private static final Pattern ANY = Pattern.compile("(?i);AUTO_SERVER=TRUE(?=;|$)");

    private H2AutoServer() {
    }

    /** The URL without the setting: what is shown, remembered and compared. */
    public static String strip(String url) {
        return url == null ? null : ANY.matcher(url).replaceAll("");
    }

    /** Whether the URL asks for the automatic server. */
    public static boolean asks(String url) {
        return url != null && ANY.matcher(url).find();
    }

    /** H2's DATABASE_ALREADY_OPEN: another process has the file, without serving it. */
    public static final int ALREADY_OPEN = 90020;

    /**
     * What a person reads instead of H2's "Database may be already in use": the file is open in
     * another process that does not share it, or this connection is read-only and cannot join it.
     */
    public static String inUse(ConnectionSpec spec) {
        String file = spec.databaseFile().map(Object::toString).orElse(spec.displayUrl());
        if (spec.readOnly() && asks(spec.jdbcUrl())) {
            return "The H2 file " + file + " is open in another Rowboat window or program, and a read-only connection cannot share it."
                    + " Close it there, or open it without read-only.";
        }
        return "The H2 file " + file + " is open in another program. Close it there, then try again.";
    }
}
