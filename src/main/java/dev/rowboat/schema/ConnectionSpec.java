package dev.rowboat.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and as whom to connect, and how the connection is marked. The password is held here only
 * in memory; {@link #displayUrl()} and {@link #toString()} never show it. The marks travel with
 * the spec so that every connection made from it (the pool, the connection check, the migration
 * engine's) is read-only when the person asked for that.
 *
 * @param file the database file for H2 and SQLite file databases, else null
 * @param safeguards read-only and production, as the person marked the connection
 */
public record ConnectionSpec(Dbms dbms, String jdbcUrl, String user, String password, Path file, Safeguards safeguards) {

    public ConnectionSpec {
        user = user == null || user.isEmpty() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
        safeguards = safeguards == null ? Safeguards.NONE : safeguards;
    }

    /** A connection without marks. */
    public ConnectionSpec(Dbms dbms, String jdbcUrl, String user, String password, Path file) {
        this(dbms, jdbcUrl, user, password, file, Safeguards.NONE);
    }

    public boolean readOnly() {
        return safeguards.readOnly();
    }

    public boolean production() {
        return safeguards.production();
    }

    /** The same connection marked otherwise. */
    public ConnectionSpec withSafeguards(Safeguards marks) {
        return new ConnectionSpec(dbms, jdbcUrl, user, password, file, marks);
    }

    /** Whether both reach the same database as the same user, however they are marked. */
    public boolean sameDatabase(ConnectionSpec other) {
        return other != null && identity().equals(other.identity());
    }

    /** The database and user, without marks or the automatic-server setting that only says how to share it. */
    private ConnectionSpec identity() {
        return new ConnectionSpec(dbms, H2AutoServer.strip(jdbcUrl), user, password, file, Safeguards.NONE);
    }

    /**
     * The URL the driver gets: the configured one, except that a read-only connection leaves out
     * H2's automatic server, which H2 refuses on a file opened read-only ({@link H2AutoServer}).
     */
    public String connectUrl() {
        return readOnly() ? H2AutoServer.strip(jdbcUrl) : jdbcUrl;
    }

    /**
     * The database's own name, for a person to type when confirming a write to production: the
     * name after the server in a URL ({@code shop} of {@code postgresql://host/shop}), a file's
     * name ({@code app.db}; an H2 file without its {@code .mv.db}), else {@code memory}.
     */
    public String databaseName() {
        if (file != null) {
            String name = file.getFileName().toString();
            return name.endsWith(".mv.db") ? name.substring(0, name.length() - ".mv.db".length()) : name;
        }
        String rest = jdbcUrl.substring(Math.min(jdbcUrl.length(), dbms.jdbcPrefix().length()));
        int end = indexOfAny(rest, "?;");
        rest = end < 0 ? rest : rest.substring(0, end);
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            rest = slash < 0 ? "" : rest.substring(slash + 1);
        }
        rest = rest.substring(rest.lastIndexOf('/') + 1);
        return rest.isBlank() || rest.startsWith("mem:") || rest.equals(":memory:") ? "memory" : rest;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    public Optional<Path> databaseFile() {
        return Optional.ofNullable(file);
    }

    /** The database file, when the URL names one that is not there (yet). */
    public Optional<Path> missingFile() {
        return databaseFile().filter(f -> !Files.exists(f));
    }

    /** The same connection with another password (the dialog's password field). */
    public ConnectionSpec withPassword(String newPassword) {
        return new ConnectionSpec(dbms, jdbcUrl, user, newPassword, file, safeguards);
    }

    /**
     * The JDBC URL (without any password option it carries, nor H2's automatic-server setting) and
     * user, safe to show and to store.
     */
    public String displayUrl() {
        String url = UrlPasswords.strip(H2AutoServer.strip(jdbcUrl));
        return user == null ? url : url + " (user " + user + ")";
    }

    @Override
    public String toString() {
        return displayUrl();
    }
}
