package dev.rowboat.migrate;

import dev.rowboat.migrate.api.ForeignTool;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises the version tables of Alembic, Flyway, Liquibase and Django and reads their state,
 * so that the panel can say which tool manages a database. Never writes to them.
 */
final class ForeignTools {
    private ForeignTools() {
    }

    static List<ForeignTool> detect(Connection c) throws SQLException {
        return detect(c, SqlTables.names(c));
    }

    /** @param tables the schema's table names, lower case ({@link SqlTables#names}) */
    static List<ForeignTool> detect(Connection c, Set<String> tables) {
        List<ForeignTool> out = new ArrayList<>();
        if (tables.contains("alembic_version")) {
            out.add(read(c, "Alembic", "alembic_version", ForeignTools::alembic));
        }
        if (tables.contains("flyway_schema_history")) {
            out.add(read(c, "Flyway", "flyway_schema_history", ForeignTools::flyway));
        }
        if (tables.contains("databasechangelog")) {
            out.add(read(c, "Liquibase", "databasechangelog", ForeignTools::liquibase));
        }
        if (tables.contains("django_migrations")) {
            out.add(read(c, "Django", "django_migrations", ForeignTools::django));
        }
        return out;
    }

    /** The command that migrates a database the tool manages, for the sentence that sends a person there. */
    static String command(ForeignTool tool) {
        return switch (tool.tool()) {
            case "Alembic" -> "`flask db upgrade` (or `alembic upgrade head`)";
            case "Flyway" -> "`flyway migrate`";
            case "Liquibase" -> "`liquibase update`";
            case "Django" -> "`python manage.py migrate`";
            default -> "its own command";
        };
    }

    private interface StateReader {
        String read(Connection c) throws SQLException;
    }

    private static ForeignTool read(Connection c, String tool, String table, StateReader reader) {
        String state;
        try {
            state = reader.read(c);
        } catch (SQLException e) {
            state = "unreadable: " + e.getMessage();
        }
        return new ForeignTool(tool, table, state);
    }

    private static String alembic(Connection c) throws SQLException {
        List<String> versions = column(c, "select version_num from alembic_version order by version_num");
        return versions.isEmpty() ? "no version (base)" : "version_num " + String.join(", ", versions);
    }

    private static String flyway(Connection c) throws SQLException {
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("select version, success from flyway_schema_history order by installed_rank desc")) {
            while (rs.next()) {
                if (rs.getBoolean(2) && rs.getString(1) != null) {
                    return "latest successful version " + rs.getString(1);
                }
            }
        }
        return "no successful versioned migration";
    }

    private static String liquibase(Connection c) throws SQLException {
        List<String> ids = column(c, "select id from databasechangelog order by orderexecuted desc");
        return ids.size() + " changesets" + (ids.isEmpty() ? "" : ", last " + ids.get(0));
    }

    private static String django(Connection c) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (var s = c.createStatement();
             ResultSet rs = s.executeQuery("select app, count(*) from django_migrations group by app order by app")) {
            while (rs.next()) {
                parts.add(rs.getString(1) + " " + rs.getLong(2));
            }
        }
        return parts.isEmpty() ? "no migrations applied" : "applied per app: " + String.join(", ", parts);
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
