package dev.rowboat.app;

import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.schema.ConnectionSpec;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which database to open first: {@code --url}, else the {@code DATABASE_URL} environment variable
 * (as the tutorial's config.py reads it), else the embedded default. In a Flask project both are
 * taken as Flask would take them ({@link FlaskEnvironment}): {@code DATABASE_URL} also from
 * {@code .env} and {@code .flaskenv}, and {@code sqlite:///app.db} in the app's {@code instance/}.
 *
 * @param typed the URL as given (a relative SQLite path made absolute where Flask would), for the
 *              recent list; null for the embedded default
 */
public record StartupTarget(ConnectionSpec spec, String typed, String source) {

    /**
     * For the working directory: a Flask project there is taken as {@code flask} would take it.
     *
     * @throws dev.rowboat.schema.DatabaseException when the given URL cannot be read
     */
    public static StartupTarget resolve(String urlOption, Map<String, String> environment, DataLocations locations) {
        return resolve(urlOption, FlaskEnvironment.load(Path.of(""), environment), locations);
    }

    /** @throws dev.rowboat.schema.DatabaseException when the given URL cannot be read */
    static StartupTarget resolve(String urlOption, FlaskEnvironment environment, DataLocations locations) {
        if (urlOption != null && !urlOption.isBlank()) {
            String url = environment.databaseUrl(urlOption);
            return new StartupTarget(DatabaseUrls.parse(url), url, "--url");
        }
        String fromEnvironment = environment.databaseUrl(environment.get(FlaskEnvironment.DATABASE_URL));
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
