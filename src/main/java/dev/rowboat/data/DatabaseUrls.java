package dev.rowboat.data;

import static dev.rowboat.schema.DatabaseException.Kind.MALFORMED_URL;
import static dev.rowboat.schema.DatabaseException.Kind.UNKNOWN_SCHEME;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a person types into a {@link ConnectionSpec}: JDBC URLs as they are, and the
 * SQLAlchemy URLs a Flask application keeps in {@code DATABASE_URL}
 * ({@code sqlite:////abs/path}, {@code postgresql://user:pw@host/db}, {@code mysql+pymysql://...}).
 */
public final class DatabaseUrls {
    private static final String SUPPORTED =
            "Use sqlite:///path, postgresql://user:password@host/database, mysql://..., mariadb://... or a jdbc: URL.";

    private DatabaseUrls() {
    }

    public static ConnectionSpec parse(String text) {
        String url = text == null ? "" : text.strip();
        if (url.isEmpty()) {
            throw new DatabaseException(MALFORMED_URL, "The database URL is empty. " + SUPPORTED);
        }
        if (url.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return parseJdbc(url);
        }
        int colon = url.indexOf(':');
        if (colon <= 0 || !url.startsWith("://", colon)) {
            throw new DatabaseException(MALFORMED_URL, "\"" + url + "\" is not a database URL. " + SUPPORTED);
        }
        String scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
        String family = scheme.contains("+") ? scheme.substring(0, scheme.indexOf('+')) : scheme;
        return switch (family) {
            case "sqlite" -> sqlite(url.substring(colon + 3));
            case "postgresql", "postgres" -> server(Dbms.POSTGRESQL, url, 5432);
            case "mysql", "mariadb" -> server(Dbms.MARIADB, url, 3306);
            case "h2" -> h2File(url.substring(colon + 3));
            default -> throw new DatabaseException(UNKNOWN_SCHEME,
                    "Rowboat cannot open \"" + scheme + "\" databases. " + SUPPORTED);
        };
    }

    private static ConnectionSpec parseJdbc(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:mysql:")) {
            // The MariaDB driver serves MySQL too, but only answers to its own prefix.
            url = "jdbc:mariadb:" + url.substring("jdbc:mysql:".length());
        }
        String jdbcUrl = url;
        // Only the driver's prefix is named: the rest of an unknown URL may hold a password (scott/tiger@...).
        Dbms dbms = Dbms.fromJdbcUrl(jdbcUrl).orElseThrow(() -> new DatabaseException(UNKNOWN_SCHEME,
                "Rowboat has no driver for " + jdbcPrefixOf(jdbcUrl) + " URLs. " + SUPPORTED));
        Path file = switch (dbms) {
            case SQLITE -> sqliteFile(jdbcUrl.substring("jdbc:sqlite:".length()));
            case H2 -> h2FileOf(jdbcUrl.substring("jdbc:h2:".length()));
            default -> null;
        };
        return new ConnectionSpec(dbms, jdbcUrl, null, null, file);
    }

    /** {@code sqlite:///relative}, {@code sqlite:////absolute}, {@code sqlite://} (in memory). */
    private static ConnectionSpec sqlite(String rest) {
        if (rest.isEmpty() || rest.equals("/:memory:")) {
            return new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite::memory:", null, null, null);
        }
        if (!rest.startsWith("/")) {
            throw new DatabaseException(MALFORMED_URL,
                    "A SQLite URL has three slashes before a relative path and four before an absolute one, as in sqlite:////home/me/app.db.");
        }
        String pathText = rest.substring(1);
        int query = pathText.indexOf('?');
        if (query >= 0) {
            pathText = pathText.substring(0, query);
        }
        Path file = Path.of(decode(pathText)).toAbsolutePath().normalize();
        return new ConnectionSpec(Dbms.SQLITE, "jdbc:sqlite:" + file, null, null, file);
    }

    private static ConnectionSpec h2File(String rest) {
        Path file = Path.of(decode(rest.startsWith("/") ? rest.substring(1) : rest)).toAbsolutePath().normalize();
        String base = file.toString().replaceFirst("\\.mv\\.db$", "");
        return new ConnectionSpec(Dbms.H2, "jdbc:h2:file:" + base, null, null, Path.of(base + ".mv.db"));
    }

    private static ConnectionSpec server(Dbms dbms, String url, int defaultPort) {
        String scheme = url.substring(0, url.indexOf(':'));
        String afterScheme = url.substring(scheme.length() + 3);
        if (afterScheme.isEmpty() || afterScheme.startsWith("/")) {
            throw noServer(scheme);
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new DatabaseException(MALFORMED_URL, "The URL is not well formed (" + e.getReason().toLowerCase(Locale.ROOT)
                    + "). Characters such as @, / or % in a user name or password must be written as %40, %2F or %25.", e);
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw unparsedAuthority(scheme, uri.getRawAuthority());
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw new DatabaseException(MALFORMED_URL,
                    "The URL names no database after the server, as in " + uri.getScheme() + "://user@" + host + "/mydb.");
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : defaultPort;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        String jdbc = dbms.jdbcPrefix() + "//" + hostPart + ":" + port + "/" + database + passThroughQuery(uri);
        return new ConnectionSpec(dbms, jdbc, user, password, null);
    }

    /** Keeps driver options such as sslmode, drops the Python driver's own (charset). */
    private static String passThroughQuery(URI uri) {
        if (uri.getRawQuery() == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : uri.getRawQuery().split("&")) {
            if (!pair.isEmpty() && !pair.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }

    /** java.net.URI falls back to a "registry" authority when it cannot read user, host and port: say which part is wrong. */
    private static DatabaseException unparsedAuthority(String scheme, String authority) {
        if (authority != null && authority.indexOf('@') != authority.lastIndexOf('@')) {
            return new DatabaseException(MALFORMED_URL, "The URL has more than one @ before the server."
                    + " Write an @ in the user name or password as %40, as in " + scheme + "://me:p%40ss@host/database.");
        }
        String hostPort = authority == null ? "" : authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && !hostPort.startsWith("[") && !hostPort.substring(colon + 1).matches("\\d*")) {
            return new DatabaseException(MALFORMED_URL,
                    "The port \"" + hostPort.substring(colon + 1) + "\" is not a number. Write it as host:5432, or leave it out.");
        }
        return noServer(scheme);
    }

    private static DatabaseException noServer(String scheme) {
        return new DatabaseException(MALFORMED_URL,
                "The URL names no server. Write it as " + scheme + "://user:password@host/database.");
    }

    private static String jdbcPrefixOf(String url) {
        int second = url.indexOf(':', "jdbc:".length());
        return second < 0 ? url : url.substring(0, second + 1);
    }

    private static Path sqliteFile(String rest) {
        String path = rest.startsWith("file:") ? rest.substring(5) : rest;
        int query = path.indexOf('?');
        path = query >= 0 ? path.substring(0, query) : path;
        return path.isEmpty() || path.startsWith(":memory:") ? null : Path.of(path).toAbsolutePath();
    }

    private static Path h2FileOf(String rest) {
        String path = rest.startsWith("file:") ? rest.substring(5) : rest;
        if (path.startsWith("mem:") || path.startsWith("tcp:") || path.startsWith("ssl:") || path.startsWith("zip:")) {
            return null;
        }
        int options = path.indexOf(';');
        path = options >= 0 ? path.substring(0, options) : path;
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path + ".mv.db").toAbsolutePath();
    }

    private static String decode(String s) {
        try {
            // '+' is a literal plus in a URL's path and user info, not a space.
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new DatabaseException(MALFORMED_URL, "The URL has a % that does not start an escape such as %40 or %20."
                    + " Write a % itself as %25.", e);
        }
    }
}
