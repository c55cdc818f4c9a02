package dev.rowboat.migrate.diff;

import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.TypeKind;
import java.util.Objects;

/**
 * Whether the type the model wants and the type a database reports are the same for that
 * database, so that an unchanged schema never produces a diff: SQLite only keeps an affinity
 * (and the declared length), MariaDB stores booleans as {@code tinyint(1)} and has no zoned
 * timestamp, unbounded {@code varchar} is {@code text}, and fraction digits of times are ignored.
 */
public final class TypeEquivalence {
    /** Beyond this, a varchar is as good as text (and how databases report unbounded varchar). */
    static final int TEXT_LENGTH = 65_535;

    private TypeEquivalence() {
    }

    public static boolean same(ColumnType model, ColumnType live, Dbms dbms) {
        ColumnType a = normalise(model, dbms);
        ColumnType b = normalise(live, dbms);
        if (dbms == Dbms.SQLITE) {
            return affinity(a).equals(affinity(b))
                    && (a.length() == null || b.length() == null || a.length().equals(b.length()));
        }
        return a.equals(b);
    }

    /** The type in the one spelling this database cannot tell from the others. */
    static ColumnType normalise(ColumnType type, Dbms dbms) {
        ColumnType t = type;
        if (t.kind() == TypeKind.OTHER && t.nativeName() != null) {
            ColumnType parsed = ColumnType.parse(t.nativeName());
            t = parsed.kind() == TypeKind.OTHER
                    ? ColumnType.nativeType(t.nativeName().toLowerCase(java.util.Locale.ROOT)) : parsed;
        }
        TypeKind kind = t.kind();
        switch (kind) {
            case VARCHAR:
                if (t.length() == null || t.length() > TEXT_LENGTH) {
                    return ColumnType.of(TypeKind.TEXT);
                }
                return ColumnType.varchar(t.length());
            case CHAR:
                return new ColumnType(TypeKind.CHAR, Objects.requireNonNullElse(t.length(), 1), null, null, null);
            case TIME, DATE, BLOB, TEXT, INTEGER, BIGINT, FLOAT, DOUBLE, UUID:
                return ColumnType.of(kind);
            case TIMESTAMP, TIMESTAMP_TZ:
                // MariaDB's timestamp and datetime both hold a local time; neither keeps a zone.
                return ColumnType.of(dbms == Dbms.MARIADB ? TypeKind.TIMESTAMP : kind);
            case BOOLEAN, SMALLINT:
                // MariaDB's boolean is tinyint(1), which drivers report as a small integer or a bit.
                return ColumnType.of(dbms == Dbms.MARIADB ? TypeKind.SMALLINT : kind);
            case JSON:
                return ColumnType.of(dbms == Dbms.MARIADB ? TypeKind.TEXT : kind);
            case DECIMAL:
                return ColumnType.decimal(Objects.requireNonNullElse(t.precision(), 38), Objects.requireNonNullElse(t.scale(), 0));
            default:
                return t;
        }
    }

    /** SQLite's storage classes as its type affinity rules assign them to a declared type. */
    private static String affinity(ColumnType type) {
        return switch (type.kind()) {
            case VARCHAR, CHAR, TEXT, UUID, JSON -> "text";
            case FLOAT, DOUBLE -> "real";
            case BLOB -> "blob";
            case OTHER -> declaredAffinity(type.nativeName().toLowerCase(java.util.Locale.ROOT));
            default -> "numeric"; // integers, booleans, decimals and date-times: integer and numeric affinity behave alike
        };
    }

    /** SQLite's rules for a type name it does not know (section 3.1 of its datatype page). */
    private static String declaredAffinity(String name) {
        if (name.contains("int")) {
            return "numeric";
        }
        if (name.contains("char") || name.contains("clob") || name.contains("text")) {
            return "text";
        }
        if (name.isEmpty() || name.contains("blob")) {
            return "blob";
        }
        if (name.contains("real") || name.contains("floa") || name.contains("doub")) {
            return "real";
        }
        return "numeric";
    }
}
