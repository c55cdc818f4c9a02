package dev.rowboat.testing;

import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Whether the PostgreSQL and MariaDB servers of this machine are there. A plain {@code mvn test}
 * without them skips their tests with a message; under CI ({@code CI=true}, or
 * {@code -Drowboat.requireServers=true}) a missing server fails the run instead.
 */
public final class Servers {
    public static final String HOST = "127.0.0.1";
    private static final Map<Dbms, Boolean> REACHABLE = new EnumMap<>(Dbms.class);

    private Servers() {
    }

    public static int port(Dbms dbms) {
        return dbms == Dbms.POSTGRESQL ? 5432 : 3306;
    }

    /** Skips or fails the calling test when the server for {@code dbms} is missing. */
    public static void require(Dbms dbms) {
        if (dbms.isFileBased() || reachable(dbms)) {
            return;
        }
        String where = dbms.displayName() + " at " + HOST + ":" + port(dbms);
        if (required()) {
            Assertions.fail(where + " is not running, and CI requires it (start it, see .ci/run).");
        }
        Assumptions.abort(where + " is not reachable: test skipped. Start the server to run it; CI always does.");
    }

    static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI")) || Boolean.getBoolean("rowboat.requireServers");
    }

    private static synchronized boolean reachable(Dbms dbms) {
        return REACHABLE.computeIfAbsent(dbms, d -> {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port(d)), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        });
    }
}
