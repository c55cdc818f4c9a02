package dev.rowboat.data;

import dev.rowboat.schema.ConnectionSpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * PostgreSQL's schemas a person can browse: every one they may use but the system's, {@code public}
 * first. A schema is chosen through the connection's {@code currentSchema} option, which is also
 * how it is written in a URL.
 */
public final class PostgresSchemas {
    /** The schemas a person may browse, and the one shown (null where there is no choice). */
    public record Choice(List<String> schemas, String current) {
        public static final Choice NONE = new Choice(List.of(), null);

        public Choice {
            schemas = List.copyOf(schemas);
        }
    }

    private PostgresSchemas() {
    }

    static List<String> list(Connection connection) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select nspname from pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema'"
                        + " and has_schema_privilege(nspname, 'USAGE') order by nspname <> 'public', nspname")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }

    /** The same connection with another current schema (any earlier choice replaced). */
    public static ConnectionSpec choose(ConnectionSpec spec, String schema) {
        String url = spec.jdbcUrl();
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        List<String> kept = new ArrayList<>();
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                if (!pair.isEmpty() && !pair.toLowerCase(java.util.Locale.ROOT).startsWith("currentschema=")) {
                    kept.add(pair);
                }
            }
        }
        kept.add("currentSchema=" + URLEncoder.encode(schema, StandardCharsets.UTF_8));
        return new ConnectionSpec(spec.dbms(), base + "?" + String.join("&", kept), spec.user(), spec.password(), spec.file(), spec.safeguards());
    }
}
