package dev.rowboat.testing;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.H2Files;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.migrate.ConnectionSource;
import dev.rowboat.migrate.MicroblogHistory;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.Session;

/**
 * A fresh, empty database of one kind for one test: a temporary file for H2 and SQLite, a new
 * schema in PostgreSQL's {@code test} database, a new MariaDB database. {@link #close()} drops it.
 */
public final class TestDatabase implements AutoCloseable {
    private final Dbms dbms;
    private final ConnectionSpec spec;
    private final String serverSideName;
    private final Path folder;

    private TestDatabase(Dbms dbms, ConnectionSpec spec, String serverSideName, Path folder) {
        this.dbms = dbms;
        this.spec = spec;
        this.serverSideName = serverSideName;
        this.folder = folder;
    }

    /**
     * The PostgreSQL database the scratch schemas go in: {@code test}, or another given as
     * {@code -Drowboat.postgresDatabase=NAME} (a benchmark on a freshly created database, whose
     * catalog is not bloated by the schemas earlier runs made and dropped).
     */
    public static final String POSTGRES_DATABASE = System.getProperty("rowboat.postgresDatabase", "test");

    public static TestDatabase create(Dbms dbms) {
        Servers.require(dbms);
        String name = "rb_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (dbms) {
                case H2 -> {
                    Path dir = Files.createTempDirectory("rowboat-h2");
                    Path base = dir.resolve("test");
                    return new TestDatabase(dbms, new ConnectionSpec(dbms, "jdbc:h2:file:" + base, null, null,
                            Path.of(base + ".mv.db")), null, dir);
                }
                case SQLITE -> {
                    Path dir = Files.createTempDirectory("rowboat-sqlite");
                    Path file = dir.resolve("test.db");
                    return new TestDatabase(dbms, new ConnectionSpec(dbms, "jdbc:sqlite:" + file, null, null, file), null, dir);
                }
                case POSTGRESQL -> {
                    admin(dbms, "create schema " + name);
                    return new TestDatabase(dbms, new ConnectionSpec(dbms, postgresUrl(POSTGRES_DATABASE) + "?currentSchema=" + name,
                            "postgres", null, null), name, null);
                }
                default -> {
                    admin(dbms, "create database " + name);
                    return new TestDatabase(dbms, new ConnectionSpec(dbms, mariadbUrl(name), "root", null, null), name, null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String postgresUrl(String database) {
        return "jdbc:postgresql://" + Servers.HOST + ":5432/" + database;
    }

    public static String mariadbUrl(String database) {
        return "jdbc:mariadb://" + Servers.HOST + ":3306/" + database;
    }

    /** Runs SQL as the server's administrator (postgres / root), outside any test schema. */
    public static void admin(Dbms dbms, String... statements) {
        String url = dbms == Dbms.POSTGRESQL ? postgresUrl(POSTGRES_DATABASE) : mariadbUrl("test");
        String user = dbms == Dbms.POSTGRESQL ? "postgres" : "root";
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Admin SQL failed on " + dbms + ": " + e.getMessage(), e);
        }
    }

    public Dbms dbms() {
        return dbms;
    }

    public ConnectionSpec spec() {
        return spec;
    }

    /** The schema (PostgreSQL) or database (MariaDB) made for this test; null for a file. */
    public String scratchName() {
        return serverSideName;
    }

    /** Opens it with the microblog model, creating the file where there is one to create. */
    public OpenDatabase open() {
        return new DatabaseOpener(MicroblogModel.ENTITY_CLASSES, true).open(spec, ConnectOptions.defaults().allowingCreate());
    }

    /**
     * Opens it with the model's tables created and the named sample in them, the way the app opens
     * every database: by reflection, with the tutorial's names. The sample is written through the
     * model's classes first.
     */
    public OpenDatabase openWithSample() {
        return openWithSample(session -> { });
    }

    /** The same, with more rows written through the model's classes (bulk sample data) before it opens. */
    public OpenDatabase openWithSample(Consumer<Session> more) {
        // the tables as the app makes them, by the built-in history (Hibernate's own export leaves
        // SQLite without foreign keys, and so without the associations reflection finds)
        MicroblogHistory.bringToHead(ConnectionSource.of(spec), dbms);
        try (OpenDatabase writer = open()) {
            writer.inTransaction(SampleData::populateNamed);
            writer.inTransaction(more);
        }
        return openReflected();
    }

    /** Opens it as the app does: entities reflected from its tables, the tutorial's names where its tables are. */
    public OpenDatabase openReflected() {
        return new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), true)
                .open(spec, ConnectOptions.defaults());
    }

    /** Runs plain JDBC against it, as another client would. */
    public void jdbc(Consumer<Connection> work) {
        try (Connection c = DriverManager.getConnection(spec.jdbcUrl(), spec.user() == null ? "" : spec.user(), "")) {
            work.accept(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of the first row a query gives, as text (null for SQL NULL). */
    public String firstValue(String sql) {
        String[] result = new String[1];
        jdbc(c -> {
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                result[0] = rs.getString(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return result[0];
    }

    public static void inTransaction(OpenDatabase db, Consumer<Session> work) {
        db.inTransaction(work);
    }

    @Override
    public void close() {
        if (dbms == Dbms.POSTGRESQL) {
            admin(dbms, "drop schema if exists " + serverSideName + " cascade");
        } else if (dbms == Dbms.MARIADB) {
            admin(dbms, "drop database if exists " + serverSideName);
        } else if (folder != null) {
            H2Files.shutDown(spec); // Rowboat keeps an H2 database open until it is done with it
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
