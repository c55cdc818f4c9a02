package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.api.Revision;

/** STUB until the parser branch lands. */
public final class AlembicScriptWriter {
    private AlembicScriptWriter() {
    }

    public static String write(Revision revision) {
        throw new UnsupportedOperationException("stub");
    }

    public static String fileName(Revision revision) {
        throw new UnsupportedOperationException("stub");
    }
}
