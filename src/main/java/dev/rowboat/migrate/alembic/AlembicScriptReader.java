package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.api.Revision;

/** STUB until the parser branch lands. */
public final class AlembicScriptReader {
    private AlembicScriptReader() {
    }

    public static Revision read(String source, String fileName) {
        throw new UnsupportedOperationException("stub");
    }
}
