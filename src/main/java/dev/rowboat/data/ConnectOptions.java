package dev.rowboat.data;

import java.time.Duration;

/**
 * How to open a database.
 *
 * @param createIfMissing whether a missing H2 or SQLite file may be created (asked of the person first)
 * @param timeout how long to wait for a server before giving up
 */
public record ConnectOptions(boolean createIfMissing, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(dev.rowboat.schema.LoginProperties.DEFAULT_TIMEOUT_SECONDS);

    public static ConnectOptions defaults() {
        return new ConnectOptions(false, DEFAULT_TIMEOUT);
    }

    public ConnectOptions allowingCreate() {
        return new ConnectOptions(true, timeout);
    }

    int timeoutSeconds() {
        return (int) Math.max(1, timeout.toSeconds());
    }
}
