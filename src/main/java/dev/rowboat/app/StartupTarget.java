package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.schema.ConnectionSpec;
import java.util.Map;

/**
 * Which database to open first: {@code --url}, else the {@code DATABASE_URL} environment variable
 * (as the tutorial's config.py reads it), else the embedded default.
 *
 * @param typed the URL as given, for the recent list; null for the embedded default
 */
public record StartupTarget(ConnectionSpec spec, String typed, String source) {

    /** @throws dev.rowboat.schema.DatabaseException when the given URL cannot be read */
    public static StartupTarget resolve(String urlOption, Map<String, String> environment, DataLocations locations) {
        if (urlOption != null && !urlOption.isBlank()) {
            return new StartupTarget(DatabaseUrls.parse(urlOption), urlOption, "--url");
        }
        String fromEnvironment = environment.get("DATABASE_URL");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new StartupTarget(DatabaseUrls.parse(fromEnvironment), fromEnvironment, "DATABASE_URL");
        }
        return new StartupTarget(locations.defaultDatabase(), null, "default");
    }

    /** The same database, its connection marked (read-only for {@code db --read-only}). */
    public StartupTarget withSafeguards(dev.rowboat.schema.Safeguards safeguards) {
        return new StartupTarget(spec.withSafeguards(safeguards), typed, source);
    }

    public boolean isDefault() {
        return typed == null;
    }
}
