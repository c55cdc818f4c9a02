package dev.rowboat.data;

import static dev.rowboat.schema.DatabaseException.Kind.AUTHENTICATION;
import static dev.rowboat.schema.DatabaseException.Kind.FILE_MISSING;
import static dev.rowboat.schema.DatabaseException.Kind.MALFORMED_URL;
import static dev.rowboat.schema.DatabaseException.Kind.NO_SUCH_DATABASE;
import static dev.rowboat.schema.DatabaseException.Kind.PERMISSION_DENIED;
import static dev.rowboat.schema.DatabaseException.Kind.TIMEOUT;
import static dev.rowboat.schema.DatabaseException.Kind.UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.Servers;
import dev.rowboat.testing.SilentServer;
import dev.rowboat.testing.TestDatabase;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every way of failing to connect ends in a {@link DatabaseException} whose message is a sentence
 * that names what is wrong (file, host:port, user, database), within the timeout, and nothing is
 * created that the person did not agree to.
 */
class ConnectionFailuresTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionFailuresTest.class);
    private static final DatabaseOpener OPENER = new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, false);
    /** "Well under" the 10 s a person waits at most: a refused or unknown host must not use up the timeout. */
    private static final Duration PROMPT = Duration.ofSeconds(3);

    // --- files ---------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"H2", "SQLITE"})
    void aMissingFileIsReportedAndNotCreatedUntilThePersonAgrees(Dbms dbms, @TempDir Path dir) throws IOException {
        ConnectionSpec spec = dbms == Dbms.H2
                ? DatabaseUrls.parse("jdbc:h2:file:" + dir.resolve("blog"))
                : DatabaseUrls.parse("sqlite:///" + dir.resolve("blog.db"));
        Path file = spec.databaseFile().orElseThrow();

        DatabaseException e = openFails(spec, ConnectOptions.defaults());
        assertThat(e.kind()).isEqualTo(FILE_MISSING);
        assertSentence(e, file.toString());
        assertThat(filesIn(dir)).as("nothing created before the person agreed").isEmpty();

        try (OpenDatabase db = OPENER.open(spec, ConnectOptions.defaults().allowingCreate())) {
            assertThat(file).exists();
            assertThat(db.isEmpty()).isTrue();
        }
    }

    @Test
    void aFileThatIsNotASqliteDatabaseIsNamedAsSuchAndLeftAlone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("users.db");
        String csv = "id,username,email\n1,john,john@example.com\n";
        Files.writeString(file, csv);

        DatabaseException e = openFails(DatabaseUrls.parse("sqlite:///" + file), ConnectOptions.defaults());
        assertSentence(e, file.toString(), "is not a SQLite database");
        assertThat(Files.readString(file)).isEqualTo(csv);
    }

    /** H2 says "IO Exception" (90028) for a file shorter than its header, "File corrupted" (90030) otherwise. */
    @ParameterizedTest
    @ValueSource(ints = {6, 20_000})
    void aFileThatIsNotAnH2DatabaseIsNamedAsSuchAndLeftAlone(int length, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("blog.mv.db");
        String text = "notes\n".repeat(length / 6);
        Files.writeString(file, text);

        DatabaseException e = openFails(DatabaseUrls.parse("jdbc:h2:file:" + dir.resolve("blog")), ConnectOptions.defaults());
        assertSentence(e, file.toString(), "is not an H2 database");
        assertThat(Files.readString(file)).isEqualTo(text);
    }

    // --- servers that are not there, or do not answer ------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aRefusedPortIsUnreachableAndSaidAtOnce(Dbms dbms) throws IOException {
        int port = portNobodyListensOn();
        ConnectionSpec spec = DatabaseUrls.parse(scheme(dbms) + "://me:secret@127.0.0.1:" + port + "/blog");

        long started = System.nanoTime();
        DatabaseException e = openFails(spec, ConnectOptions.defaults());
        assertThat(elapsed(started)).isLessThan(PROMPT);
        assertThat(e.kind()).isEqualTo(UNREACHABLE);
        assertSentence(e, "127.0.0.1:" + port, dbms.displayName(), "running");
    }

    @Test
    void anUnknownHostNameIsUnreachableAndSaidAtOnce() {
        // .invalid is reserved (RFC 2606): no resolver will ever find it.
        ConnectionSpec spec = DatabaseUrls.parse("postgresql://me@no-such-host.invalid/blog");
        long started = System.nanoTime();
        DatabaseException e = openFails(spec, ConnectOptions.defaults());
        assertThat(elapsed(started)).isLessThan(PROMPT);
        assertThat(e.kind()).isEqualTo(UNREACHABLE);
        assertSentence(e, "no-such-host.invalid");
    }

    /** A server that accepts the connection and then says nothing: the case only a timeout ends. */
    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aServerThatNeverAnswersTimesOutWithinTheTimeout(Dbms dbms) throws IOException {
        try (SilentServer silent = SilentServer.start()) {
            ConnectionSpec spec = DatabaseUrls.parse(scheme(dbms) + "://me:secret@127.0.0.1:" + silent.port() + "/blog");
            long started = System.nanoTime();
            DatabaseException e = openFails(spec, new ConnectOptions(false, Duration.ofSeconds(2)));
            Duration took = elapsed(started);
            LOG.info("{} gave up on a silent server after {} ms", dbms, took.toMillis());
            assertThat(took).isLessThan(Duration.ofSeconds(5)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
            assertThat(silent.accepted()).as("the driver really got through to the silent server").isPositive();
            assertThat(e.kind()).isEqualTo(TIMEOUT);
            assertSentence(e, "127.0.0.1:" + silent.port(), "2 seconds");
        }
    }

    @Test
    void aPersonWaitsTenSecondsAtMostByDefault() {
        assertThat(ConnectOptions.DEFAULT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(ConnectOptions.defaults().timeout()).isEqualTo(ConnectOptions.DEFAULT_TIMEOUT);
        assertThat(ConnectOptions.defaults().allowingCreate().timeout()).isEqualTo(ConnectOptions.DEFAULT_TIMEOUT);
        // The drivers are told the same bound (PgJDBC in seconds, MariaDB in milliseconds).
        Properties pg = DriverProperties.of(DatabaseUrls.parse("postgresql://me@db/blog"), ConnectOptions.defaults());
        assertThat(pg).containsEntry("connectTimeout", "10").containsEntry("loginTimeout", "10").containsEntry("sslResponseTimeout", "10000");
        Properties maria = DriverProperties.of(DatabaseUrls.parse("mariadb://me@db/blog"), ConnectOptions.defaults());
        assertThat(maria).containsEntry("connectTimeout", "10000");
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void aJdbcUrlTheDriverCannotReadIsMalformed(Dbms dbms) {
        ConnectionSpec spec = DatabaseUrls.parse(dbms.jdbcPrefix() + "//127.0.0.1:port/blog");
        DatabaseException e = openFails(spec, ConnectOptions.defaults());
        assertThat(e.kind()).isEqualTo(MALFORMED_URL);
        assertSentence(e, "127.0.0.1:port/blog");
    }

    // --- wrong password, unknown user -----------------------------------------------------------

    @Test
    void aWrongPasswordIsRefusedByMariadb() {
        Servers.require(Dbms.MARIADB);
        String user = "rowboat_pw_" + randomSuffix();
        TestDatabase.admin(Dbms.MARIADB, "create user '" + user + "'@'%' identified by 'Right-Pass-1'");
        try {
            // information_schema is open to every user, so the password is all that differs.
            String url = "mariadb://" + user + ":%s@127.0.0.1:3306/information_schema";
            try (OpenDatabase db = OPENER.open(DatabaseUrls.parse(url.formatted("Right-Pass-1")), ConnectOptions.defaults())) {
                assertThat(db.server().productVersion()).contains("MariaDB");
            }
            DatabaseException e = openFails(DatabaseUrls.parse(url.formatted("Wrong-Pass-2")), ConnectOptions.defaults());
            assertThat(e.kind()).isEqualTo(AUTHENTICATION);
            assertSentence(e, user, "password", "127.0.0.1:3306");
            assertThat(e.getMessage()).doesNotContain("Wrong-Pass-2");
        } finally {
            TestDatabase.admin(Dbms.MARIADB, "drop user if exists '" + user + "'@'%'");
        }
    }

    /**
     * This machine's PostgreSQL trusts every local connection (pg_hba "trust"), so it accepts any
     * password and a wrong one cannot be refused here. What it does refuse is a role that does not
     * exist: {@code FATAL: role "x" does not exist}, SQLState 28000.
     */
    @Test
    void anUnknownRoleIsRefusedByPostgresql() {
        Servers.require(Dbms.POSTGRESQL);
        String role = "rowboat_nobody_" + randomSuffix();
        DatabaseException e = openFails(DatabaseUrls.parse("postgresql://" + role + ":secret@127.0.0.1:5432/test"),
                ConnectOptions.defaults());
        assertThat(e.kind()).isEqualTo(AUTHENTICATION);
        assertSentence(e, role, "127.0.0.1:5432", "no user");
    }

    @Test
    void aWrongPasswordIsRefusedByAnH2File(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("blog");
        // The first connection to a new H2 file makes its user the file's administrator.
        try (Connection c = DriverManager.getConnection(url, "sa", "Right-Pass-1"); Statement s = c.createStatement()) {
            s.execute("create table note (id int primary key)");
        }
        ConnectionSpec right = new ConnectionSpec(Dbms.H2, url, "sa", "Right-Pass-1", dir.resolve("blog.mv.db"));
        try (OpenDatabase db = OPENER.open(right, ConnectOptions.defaults())) {
            assertThat(db.server().productName()).isEqualTo("H2");
        }
        DatabaseException e = openFails(right.withPassword("Wrong-Pass-2"), ConnectOptions.defaults());
        assertThat(e.kind()).isEqualTo(AUTHENTICATION);
        assertSentence(e, "'sa'", "password", dir.resolve("blog.mv.db").toString());
        assertThat(e.getMessage()).doesNotContain("Wrong-Pass-2");
    }

    // --- a database the user may not read, or that is not there --------------------------------

    @Test
    void aPostgresqlDatabaseTheRoleMayNotConnectToIsPermissionDenied() {
        Servers.require(Dbms.POSTGRESQL);
        String suffix = randomSuffix();
        String database = "rb_private_" + suffix;
        String role = "rb_reader_" + suffix;
        try {
            TestDatabase.admin(Dbms.POSTGRESQL, "create database " + database,
                    "revoke connect on database " + database + " from public",
                    "create role " + role + " login nosuperuser");
            DatabaseException e = openFails(DatabaseUrls.parse("postgresql://" + role + "@127.0.0.1:5432/" + database),
                    ConnectOptions.defaults());
            assertThat(e.kind()).isEqualTo(PERMISSION_DENIED);
            assertSentence(e, role, database);
        } finally {
            TestDatabase.admin(Dbms.POSTGRESQL, "drop database if exists " + database, "drop role if exists " + role);
        }
    }

    @Test
    void aMariadbDatabaseTheUserHasNoGrantsOnIsPermissionDenied() {
        Servers.require(Dbms.MARIADB);
        String suffix = randomSuffix();
        String database = "rb_private_" + suffix;
        String user = "rb_reader_" + suffix;
        try {
            TestDatabase.admin(Dbms.MARIADB, "create database " + database,
                    "create user '" + user + "'@'%' identified by 'Reader-Pass-1'");
            DatabaseException e = openFails(
                    DatabaseUrls.parse("mariadb://" + user + ":Reader-Pass-1@127.0.0.1:3306/" + database), ConnectOptions.defaults());
            assertThat(e.kind()).isEqualTo(PERMISSION_DENIED);
            assertSentence(e, user, database);
        } finally {
            TestDatabase.admin(Dbms.MARIADB, "drop database if exists " + database, "drop user if exists '" + user + "'@'%'");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dbms.class, names = {"POSTGRESQL", "MARIADB"})
    void anUnknownDatabaseIsNamed(Dbms dbms) {
        Servers.require(dbms);
        String database = "rb_missing_" + randomSuffix();
        String admin = dbms == Dbms.POSTGRESQL ? "postgres" : "root";
        ConnectionSpec spec = DatabaseUrls.parse(scheme(dbms) + "://" + admin + "@127.0.0.1:" + Servers.port(dbms) + "/" + database);
        DatabaseException e = openFails(spec, ConnectOptions.defaults());
        assertThat(e.kind()).isEqualTo(NO_SUCH_DATABASE);
        assertSentence(e, database, "127.0.0.1:" + Servers.port(dbms));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static DatabaseException openFails(ConnectionSpec spec, ConnectOptions options) {
        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> OPENER.open(spec, options).close());
        assertThat(e).as("opening %s fails with a DatabaseException", spec).isNotNull();
        LOG.debug("Opening {} failed as expected: {} {}", spec, e.kind(), e.getMessage());
        return e;
    }

    /** A sentence for a person: it names the problem, and shows no Java and no password. */
    private static void assertSentence(DatabaseException e, String... names) {
        assertThat(e.getMessage()).as("message of %s", e.kind())
                .contains(names)
                .doesNotContain("Exception", "java.", "org.", "secret", "\n")
                .doesNotContainPattern("\\[\\d{5}-\\d+]") // H2's [28000-232]
                .matches("(?s)[A-Z\"/].*[.?]");
    }

    private static String scheme(Dbms dbms) {
        return dbms == Dbms.POSTGRESQL ? "postgresql" : "mariadb";
    }

    private static String randomSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static int portNobodyListensOn() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
