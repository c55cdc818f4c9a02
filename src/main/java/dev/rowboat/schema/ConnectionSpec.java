package dev.rowboat.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where and as whom to connect. The password is held here only in memory; {@link #displayUrl()}
 * and {@link #toString()} never show it.
 *
 * @param file the database file for H2 and SQLite file databases, else null
 */
public record ConnectionSpec(Dbms dbms, String jdbcUrl, String user, String password, Path file) {

    public ConnectionSpec {
        user = user == null || user.isEmpty() ? null : user;
        password = password == null || password.isEmpty() ? null : password;
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
        return new ConnectionSpec(dbms, jdbcUrl, user, newPassword, file);
    }

    /** The JDBC URL (without any password option it carries) and user, safe to show and to store. */
    public String displayUrl() {
        String url = UrlPasswords.strip(jdbcUrl);
        return user == null ? url : url + " (user " + user + ")";
    }

    @Override
    public String toString() {
        return displayUrl();
    }
}
