package dev.rowboat.app;

import ch.qos.logback.core.PropertyDefinerBase;
import dev.rowboat.data.DataLocations;

/**
 * Tells logback where the log goes ({@code logback.xml} defines {@code LOG_DIR} with it): the data
 * folder's {@code logs}, wherever that is on this system or as {@code -Drowboat.home} moves it. A
 * property definer rather than a system property set in {@code main}, so no entry point can start
 * logging before it is known.
 */
public final class LogFolder extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return DataLocations.forCurrentUser().logFolder().toAbsolutePath().toString();
    }
}
