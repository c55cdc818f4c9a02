package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a person types into the URL field: the SQLAlchemy URLs of a Flask application's
 * {@code DATABASE_URL} and plain JDBC URLs, and what becomes of a password on the way.
 */
class DatabaseUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://alice:secret@db.example.com:5433/blog      | POSTGRESQL | jdbc:postgresql://db.example.com:5433/blog | alice | secret
            postgresql://alice:secret@db.example.com/blog           | POSTGRESQL | jdbc:postgresql://db.example.com:5432/blog | alice | secret
            postgres://alice@db.example.com/blog                    | POSTGRESQL | jdbc:postgresql://db.example.com:5432/blog | alice |
            postgresql+psycopg2://alice:secret@localhost/blog       | POSTGRESQL | jdbc:postgresql://localhost:5432/blog      | alice | secret
            mysql://bob:pw@localhost/blog                           | MARIADB    | jdbc:mariadb://localhost:3306/blog         | bob   | pw
            mysql+pymysql://bob:pw@localhost:3307/blog              | MARIADB    | jdbc:mariadb://localhost:3307/blog         | bob   | pw
            mariadb://bob:pw@10.0.0.5/blog                          | MARIADB    | jdbc:mariadb://10.0.0.5:3306/blog          | bob   | pw
            mariadb+mariadbconnector://bob@localhost/blog           | MARIADB    | jdbc:mariadb://localhost:3306/blog         | bob   |
            POSTGRESQL://alice@Host/blog                            | POSTGRESQL | jdbc:postgresql://Host:5432/blog           | alice |
            postgresql://db.example.com/blog                        | POSTGRESQL | jdbc:postgresql://db.example.com:5432/blog |       |
            postgresql://alice@[::1]/blog                           | POSTGRESQL | jdbc:postgresql://[::1]:5432/blog          | alice |
            """)
    void serverUrlsOfTheTutorialBecomeJdbcUrlsWithDefaultPorts(String url, Dbms dbms, String jdbcUrl, String user, String password) {
        ConnectionSpec spec = DatabaseUrls.parse(url);
        assertThat(spec.dbms()).isEqualTo(dbms);
        assertThat(spec.jdbcUrl()).isEqualTo(jdbcUrl);
        assertThat(spec.user()).isEqualTo(user);
        assertThat(spec.password()).isEqualTo(password);
        assertThat(spec.databaseFile()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://me:p%40ss@localhost/blog      | me   | p@ss
            postgresql://me:a%2Fb%3Ac%25@localhost/blog | me   | a/b:c%
            mysql+pymysql://me:a+b@localhost/blog      | me   | a+b
            mysql://me:caf%C3%A9@localhost/blog        | me   | café
            postgresql://j%40ne:x@localhost/blog       | j@ne | x
            postgresql://me:@localhost/blog            | me   |
            """)
    void userAndPasswordArePercentDecodedAndAPlusStaysAPlus(String url, String user, String password) {
        ConnectionSpec spec = DatabaseUrls.parse(url);
        assertThat(spec.user()).isEqualTo(user);
        assertThat(spec.password()).isEqualTo(password);
    }

    @Test
    void driverOptionsAreKeptButThePythonDriversCharsetIsDropped() {
        assertThat(DatabaseUrls.parse("postgresql://me@localhost/blog?sslmode=require").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/blog?sslmode=require");
        assertThat(DatabaseUrls.parse("mysql+pymysql://me@localhost/blog?charset=utf8mb4").jdbcUrl())
                .isEqualTo("jdbc:mariadb://localhost:3306/blog");
        assertThat(DatabaseUrls.parse("mysql://me@localhost/blog?charset=utf8mb4&useSSL=true").jdbcUrl())
                .isEqualTo("jdbc:mariadb://localhost:3306/blog?useSSL=true");
    }

    @Test
    void jdbcUrlsPassThroughAndMysqlGoesToTheMariadbDriver() {
        ConnectionSpec mysql = DatabaseUrls.parse("jdbc:mysql://localhost:3306/blog?useSSL=false");
        assertThat(mysql.dbms()).isEqualTo(Dbms.MARIADB);
        assertThat(mysql.jdbcUrl()).isEqualTo("jdbc:mariadb://localhost:3306/blog?useSSL=false");

        ConnectionSpec pg = DatabaseUrls.parse("  jdbc:postgresql://localhost/blog  ");
        assertThat(pg.dbms()).isEqualTo(Dbms.POSTGRESQL);
        assertThat(pg.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/blog");
        assertThat(pg.user()).isNull();
        assertThat(pg.databaseFile()).isEmpty();

        assertThat(DatabaseUrls.parse("jdbc:mariadb://localhost/blog").dbms()).isEqualTo(Dbms.MARIADB);
    }

    @Test
    void sqliteUrlsHaveThreeSlashesBeforeARelativePathAndFourBeforeAnAbsoluteOne(@TempDir Path dir) {
        Path absolute = dir.resolve("app.db");
        ConnectionSpec abs = DatabaseUrls.parse("sqlite:///" + absolute);
        assertThat(abs.dbms()).isEqualTo(Dbms.SQLITE);
        assertThat(abs.databaseFile()).contains(absolute);
        assertThat(abs.jdbcUrl()).isEqualTo("jdbc:sqlite:" + absolute);

        Path expectedRelative = Path.of("instance/app.db").toAbsolutePath().normalize();
        ConnectionSpec rel = DatabaseUrls.parse("sqlite:///instance/app.db");
        assertThat(rel.databaseFile()).contains(expectedRelative);
        assertThat(rel.jdbcUrl()).isEqualTo("jdbc:sqlite:" + expectedRelative);

        assertThat(DatabaseUrls.parse("sqlite:///" + dir.resolve("my%20app.db")).databaseFile())
                .contains(dir.resolve("my app.db"));

        ConnectionSpec memory = DatabaseUrls.parse("sqlite://");
        assertThat(memory.jdbcUrl()).isEqualTo("jdbc:sqlite::memory:");
        assertThat(memory.databaseFile()).isEmpty();
    }

    @Test
    void jdbcFileUrlsNameTheFileThatMustExist(@TempDir Path dir) {
        assertThat(DatabaseUrls.parse("jdbc:sqlite:" + dir.resolve("a.db")).databaseFile()).contains(dir.resolve("a.db"));
        assertThat(DatabaseUrls.parse("jdbc:sqlite:file:" + dir.resolve("a.db") + "?mode=ro").databaseFile())
                .contains(dir.resolve("a.db"));
        assertThat(DatabaseUrls.parse("jdbc:sqlite::memory:").databaseFile()).isEmpty();

        // H2 keeps a database "base" in base.mv.db; options after ';' are not part of the path.
        assertThat(DatabaseUrls.parse("jdbc:h2:file:" + dir.resolve("blog")).databaseFile()).contains(dir.resolve("blog.mv.db"));
        assertThat(DatabaseUrls.parse("jdbc:h2:" + dir.resolve("blog") + ";MODE=PostgreSQL").databaseFile())
                .contains(dir.resolve("blog.mv.db"));
        assertThat(DatabaseUrls.parse("jdbc:h2:~/blog").databaseFile())
                .contains(Path.of(System.getProperty("user.home"), "blog.mv.db"));
        assertThat(DatabaseUrls.parse("jdbc:h2:mem:blog").databaseFile()).isEmpty();
        assertThat(DatabaseUrls.parse("jdbc:h2:tcp://localhost/~/blog").databaseFile()).isEmpty();

        ConnectionSpec h2 = DatabaseUrls.parse("h2:///" + dir.resolve("blog.mv.db"));
        assertThat(h2.dbms()).isEqualTo(Dbms.H2);
        assertThat(h2.jdbcUrl()).isEqualTo("jdbc:h2:file:" + dir.resolve("blog"));
        assertThat(h2.databaseFile()).contains(dir.resolve("blog.mv.db"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ""                                  | empty
            "   "                               | empty
            not a url                           | is not a database URL
            localhost/blog                      | is not a database URL
            postgresql:/localhost/blog          | is not a database URL
            postgresql://                       | names no server
            mysql://                            | names no server
            postgresql:///blog                  | names no server
            postgresql://localhost              | names no database
            postgresql://me:pw@localhost/       | names no database
            mysql://me@localhost/a/b            | names no database
            postgresql://me:p%zz@localhost/blog | %
            postgresql://me:p%4@localhost/blog  | %
            sqlite:///data%zz.db                | %
            h2:///data%4                        | %
            postgresql://me:p@ss@localhost/blog | %40
            postgresql://localhost:port/blog    | port
            sqlite://app.db                     | three slashes
            """)
    void malformedUrlsGetASentenceThatSaysWhatIsWrong(String url, String hint) {
        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> DatabaseUrls.parse(url));
        assertThat(e).as("parsing \"%s\"", url).isNotNull();
        assertThat(e.kind()).isEqualTo(DatabaseException.Kind.MALFORMED_URL);
        assertThat(e.getMessage()).contains(hint).endsWith(".").doesNotContain("Exception", "java.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"oracle://scott:tiger@localhost/orcl", "mssql+pyodbc://sa:pw@localhost/blog",
        "jdbc:oracle:thin:scott/tiger@localhost:1521/orcl", "jdbc:sqlserver://localhost;password=tiger"})
    void unknownSchemesAreNamedWithoutEchoingTheirPassword(String url) {
        DatabaseException e = catchThrowableOfType(DatabaseException.class, () -> DatabaseUrls.parse(url));
        assertThat(e.kind()).isEqualTo(DatabaseException.Kind.UNKNOWN_SCHEME);
        assertThat(e.getMessage()).containsAnyOf("oracle", "mssql", "sqlserver").contains("postgresql://")
                .doesNotContain("tiger", "pw@");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://me:S3cr%40t@localhost/blog", "mysql+pymysql://me:S3cret@localhost/blog",
        "jdbc:postgresql://localhost/blog?user=me&password=S3cr@t", "jdbc:mariadb://localhost/blog?password=S3cr@t&user=me",
        "jdbc:h2:file:/tmp/blog;USER=me;PASSWORD=S3cr@t", "jdbc:postgresql://localhost/blog?sslmode=verify-full&sslpassword=S3cr@t"})
    void theSpecNeverShowsThePassword(String url) {
        ConnectionSpec spec = DatabaseUrls.parse(url);
        assertThat(spec.displayUrl()).doesNotContain("S3cr").contains("blog");
        assertThat(spec.toString()).doesNotContain("S3cr");
        assertThat(spec.withPassword("Other1").toString()).doesNotContain("Other1");
    }

    @Test
    void theSpecNamesTheUserItConnectsAs() {
        assertThat(DatabaseUrls.parse("postgresql://me:pw@localhost/blog").displayUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/blog (user me)");
    }

    @Test
    void recentConnectionsAreNewestFirstWithoutDuplicates(@TempDir Path home) {
        RecentConnections recent = new RecentConnections(new DataLocations(home).recentConnectionsFile());
        assertThat(recent.list()).isEmpty();
        recent.remember("sqlite:////srv/app.db");
        recent.remember("postgresql://me@localhost/blog");
        recent.remember("sqlite:////srv/app.db");
        assertThat(recent.list()).containsExactly("sqlite:////srv/app.db", "postgresql://me@localhost/blog");
        // Another instance reads what this one wrote.
        assertThat(new RecentConnections(new DataLocations(home).recentConnectionsFile()).list())
                .containsExactly("sqlite:////srv/app.db", "postgresql://me@localhost/blog");
    }

    @Test
    void recentConnectionsKeepOnlyTheTwelveNewest(@TempDir Path home) {
        RecentConnections recent = new RecentConnections(home.resolve("recent.txt"));
        for (int i = 1; i <= 15; i++) {
            recent.remember("sqlite:////srv/app" + i + ".db");
        }
        assertThat(recent.list()).hasSize(12).startsWith("sqlite:////srv/app15.db").endsWith("sqlite:////srv/app4.db");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            postgresql://me:S3cr%40t@localhost:5432/blog                     | postgresql://me@localhost:5432/blog
            mysql+pymysql://me:S3cr@t@localhost/blog?charset=utf8mb4         | mysql+pymysql://me@localhost/blog?charset=utf8mb4
            jdbc:postgresql://localhost/blog?user=me&password=S3cr@t         | jdbc:postgresql://localhost/blog?user=me
            jdbc:postgresql://localhost/blog?password=S3cr@t&user=me         | jdbc:postgresql://localhost/blog?user=me
            jdbc:mariadb://localhost/blog?user=me&password=S3cr@t&useSSL=true | jdbc:mariadb://localhost/blog?user=me&useSSL=true
            jdbc:mariadb://localhost/blog?PASSWORD=S3cr@t                    | jdbc:mariadb://localhost/blog
            jdbc:h2:file:/tmp/blog;USER=me;PASSWORD=S3cr@t;MODE=MySQL        | jdbc:h2:file:/tmp/blog;USER=me;MODE=MySQL
            jdbc:postgresql://localhost/blog?sslmode=verify-full&sslpassword=S3cr@t | jdbc:postgresql://localhost/blog?sslmode=verify-full
            jdbc:postgresql://pg.example.com:5432/blog?user=me@pg&password=S3cr@t | jdbc:postgresql://pg.example.com:5432/blog?user=me@pg
            postgresql://pg.example.com:5432/blog?application_name=me@work   | postgresql://pg.example.com:5432/blog?application_name=me@work
            """)
    void passwordsAreRemovedFromRememberedUrlsAndNothingElseIs(String typed, String remembered) {
        assertThat(RecentConnections.withoutPassword(typed)).isEqualTo(remembered);
    }

    @Test
    void noPasswordReachesTheRecentConnectionsFile(@TempDir Path home) throws IOException {
        Path file = new DataLocations(home).recentConnectionsFile();
        RecentConnections recent = new RecentConnections(file);
        recent.remember("postgresql://me:S3cr%40t@localhost/blog");
        recent.remember("mysql+pymysql://me:Pa55word@localhost/blog");
        recent.remember("jdbc:postgresql://localhost/blog?user=me&password=Hidden1");
        recent.remember("jdbc:h2:file:/tmp/blog;USER=sa;PASSWORD=Hidden2");

        String onDisk = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        assertThat(onDisk).doesNotContain("S3cr", "Pa55word", "Hidden1", "Hidden2")
                .contains("postgresql://me@localhost/blog", "mysql+pymysql://me@localhost/blog",
                        "jdbc:postgresql://localhost/blog?user=me", "jdbc:h2:file:/tmp/blog;USER=sa");
    }
}
