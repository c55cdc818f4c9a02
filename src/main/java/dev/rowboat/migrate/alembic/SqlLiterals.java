package dev.rowboat.migrate.alembic;

/** SQL literals that H2, SQLite, PostgreSQL and MariaDB all read the same way. */
final class SqlLiterals {
    private SqlLiterals() {
    }

    static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }
}
