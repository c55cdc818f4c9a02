package dev.rowboat.schema;

import java.util.Locale;
import java.util.Optional;

/** The database systems Rowboat connects to, with what differs between them. */
public enum Dbms {
    H2("H2", "jdbc:h2:", null, false),
    SQLITE("SQLite", "jdbc:sqlite:", "org.hibernate.community.dialect.SQLiteDialect", false),
    POSTGRESQL("PostgreSQL", "jdbc:postgresql:", null, true),
    MARIADB("MySQL/MariaDB", "jdbc:mariadb:", null, false);

    private final String displayName;
    private final String jdbcPrefix;
    private final String dialect;
    private final boolean nullsSortHigh;

    Dbms(String displayName, String jdbcPrefix, String dialect, boolean nullsSortHigh) {
        this.displayName = displayName;
        this.jdbcPrefix = jdbcPrefix;
        this.dialect = dialect;
        this.nullsSortHigh = nullsSortHigh;
    }

    public String displayName() {
        return displayName;
    }

    public String jdbcPrefix() {
        return jdbcPrefix;
    }

    /** A Hibernate dialect to force, where Hibernate cannot detect one from the connection. */
    public Optional<String> dialect() {
        return Optional.ofNullable(dialect);
    }

    /**
     * Whether NULL sorts after every value in ascending order without a NULLS clause. Keyset
     * predicates follow the database's own NULL placement so that its indexes stay usable.
     */
    public boolean nullsSortHigh() {
        return nullsSortHigh;
    }

    /** Whether the database is a single local file (asked about before it is created). */
    public boolean isFileBased() {
        return this == H2 || this == SQLITE;
    }

    /**
     * A name as the database stores it, in the form schema snapshots use: H2 stores unquoted names in
     * upper case, and the portable form of such a name is lower case. Elsewhere the name as it is.
     */
    public String portableName(String stored) {
        if (stored == null || this != H2) {
            return stored;
        }
        return stored.equals(stored.toUpperCase(Locale.ROOT)) ? stored.toLowerCase(Locale.ROOT) : stored;
    }

    public static Optional<Dbms> fromJdbcUrl(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        for (Dbms dbms : values()) {
            if (lower.startsWith(dbms.jdbcPrefix)) {
                return Optional.of(dbms);
            }
        }
        return Optional.empty();
    }
}
