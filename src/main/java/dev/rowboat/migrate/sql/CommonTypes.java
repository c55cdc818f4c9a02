package dev.rowboat.migrate.sql;

import dev.rowboat.schema.ColumnType;
import java.util.Locale;

/** The type spellings most databases share; dialects override the rest. */
final class CommonTypes {
    private CommonTypes() {
    }

    static String render(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR -> type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
            case CHAR -> type.length() == null ? "CHAR" : "CHAR(" + type.length() + ")";
            case DECIMAL -> type.precision() == null ? "DECIMAL"
                    : "DECIMAL(" + type.precision() + ", " + (type.scale() == null ? 0 : type.scale()) + ")";
            case OTHER -> type.nativeName();
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case DOUBLE -> "DOUBLE PRECISION";
            default -> type.kind().name().toUpperCase(Locale.ROOT);
        };
    }
}
