package dev.rowboat.data;

import static dev.rowboat.schema.DatabaseException.Kind.FILE_MISSING;

import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Opens one plain JDBC connection before the pool and Hibernate start, so that every way of failing
 * to connect is caught here, classified, and bounded in time.
 */
final class ConnectionProbe {
    private ConnectionProbe() {
    }

    static ServerInfo probe(ConnectionSpec spec, ConnectOptions options) {
        if (spec.dbms().isFileBased() && spec.readOnly()) {
            spec.missingFile().ifPresent(file -> {
                throw new DatabaseException(FILE_MISSING, "There is no database file at " + file
                        + ". A read-only connection does not create one.");
            });
        }
        if (spec.dbms().isFileBased() && !options.createIfMissing()) {
            spec.missingFile().ifPresent(file -> {
                // Only the fact: the caller goes on to ask whether to create it, in its own words.
                throw new DatabaseException(FILE_MISSING, "There is no database file at " + file + ".");
            });
        }
        FutureTask<ServerInfo> attempt = new FutureTask<>(() -> connect(spec, options));
        Thread worker = new Thread(attempt, "rowboat-connect");
        worker.setDaemon(true);
        worker.start();
        try {
            // The drivers are given the same timeout and usually answer first; this is the guarantee that
            // nothing hangs, and it is not padded: a person is promised an answer within the timeout.
            return attempt.get(options.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            throw ConnectionErrors.timeout(spec, options.timeoutSeconds(), e);
        } catch (ExecutionException e) {
            throw ConnectionErrors.translate(spec, e.getCause(), options.timeoutSeconds());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(DatabaseException.Kind.CANCELLED, "Connecting was cancelled.", e);
        }
    }

    private static ServerInfo connect(ConnectionSpec spec, ConnectOptions options) throws Exception {
        try (Connection connection = DriverManager.getConnection(spec.connectUrl(), DriverProperties.of(spec, options))) {
            if (spec.dbms() == Dbms.SQLITE) {
                // SQLite opens any file without reading it; only a query finds out that it is not a database.
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("select count(*) from sqlite_master")) {
                    rs.next();
                }
            }
            DatabaseMetaData meta = connection.getMetaData();
            return new ServerInfo(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
        }
    }
}
