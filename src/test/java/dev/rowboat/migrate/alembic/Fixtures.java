package dev.rowboat.migrate.alembic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Flask-Migrate projects under {@code src/test/resources/alembic/}. */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/alembic/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /alembic/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static dev.rowboat.migrate.api.Revision read(String path) {
        return AlembicScriptReader.read(text(path), path.substring(path.lastIndexOf('/') + 1));
    }
}
