package dev.rowboat.schema;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A connection in SQLAlchemy's URL form, the {@code DATABASE_URL} a Flask project's config reads,
 * so that the project's own tools reach the database Rowboat has open. H2 has no SQLAlchemy
 * dialect: it has no such URL.
 */
public final class SqlAlchemyUrls {
    private SqlAlchemyUrls() {
    }

    public static Optional<String> of(ConnectionSpec spec) {
        return switch (spec.dbms()) {
            case H2 -> Optional.empty();
            case SQLITE -> spec.databaseFile().map(f -> "sqlite:///" + f.toAbsolutePath());
            case POSTGRESQL -> server("postgresql", spec);
            case MARIADB -> server("mysql+pymysql", spec);
        };
    }

    private static Optional<String> server(String scheme, ConnectionSpec spec) {
        URI uri = URI.create(spec.jdbcUrl().substring("jdbc:".length()));
        if (uri.getHost() == null) {
            return Optional.empty();
        }
        StringBuilder url = new StringBuilder(scheme).append("://");
        if (spec.user() != null) {
            url.append(encode(spec.user()));
            if (spec.password() != null) {
                url.append(':').append(encode(spec.password()));
            }
            url.append('@');
        }
        url.append(uri.getHost());
        if (uri.getPort() > 0) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getPath() == null ? "" : uri.getPath());
        return Optional.of(url.toString());
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
