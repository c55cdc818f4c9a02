package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Call;
import dev.rowboat.migrate.alembic.PyExpr.Name;
import dev.rowboat.migrate.alembic.PyExpr.Str;
import dev.rowboat.migrate.api.MigrationException;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.TypeKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * SQLAlchemy's types ({@code sa.String(length=64)}, {@code postgresql.JSONB}) to Rowboat's
 * {@link ColumnType} and back. The generic, upper-case and dialect spellings of a type all read
 * as one kind; a type Rowboat has no kind for reads as {@link ColumnType#nativeType}.
 */
final class SaTypes {
    /** What {@link #write} needs besides {@code import sqlalchemy as sa}. */
    static final String POSTGRESQL_IMPORT = "from sqlalchemy.dialects import postgresql";

    private static final Map<String, TypeKind> KINDS = Map.ofEntries(
            Map.entry("integer", TypeKind.INTEGER), Map.entry("int", TypeKind.INTEGER), Map.entry("mediumint", TypeKind.INTEGER),
            Map.entry("biginteger", TypeKind.BIGINT), Map.entry("bigint", TypeKind.BIGINT),
            Map.entry("smallinteger", TypeKind.SMALLINT), Map.entry("smallint", TypeKind.SMALLINT),
            Map.entry("boolean", TypeKind.BOOLEAN), Map.entry("bool", TypeKind.BOOLEAN),
            Map.entry("numeric", TypeKind.DECIMAL), Map.entry("decimal", TypeKind.DECIMAL),
            Map.entry("float", TypeKind.FLOAT), Map.entry("real", TypeKind.FLOAT),
            Map.entry("double", TypeKind.DOUBLE), Map.entry("double_precision", TypeKind.DOUBLE),
            Map.entry("string", TypeKind.VARCHAR), Map.entry("varchar", TypeKind.VARCHAR), Map.entry("unicode", TypeKind.VARCHAR),
            Map.entry("nvarchar", TypeKind.VARCHAR), Map.entry("char", TypeKind.CHAR), Map.entry("nchar", TypeKind.CHAR),
            Map.entry("text", TypeKind.TEXT), Map.entry("unicodetext", TypeKind.TEXT), Map.entry("clob", TypeKind.TEXT),
            Map.entry("tinytext", TypeKind.TEXT), Map.entry("mediumtext", TypeKind.TEXT), Map.entry("longtext", TypeKind.TEXT),
            Map.entry("date", TypeKind.DATE), Map.entry("time", TypeKind.TIME),
            Map.entry("datetime", TypeKind.TIMESTAMP), Map.entry("timestamp", TypeKind.TIMESTAMP),
            Map.entry("largebinary", TypeKind.BLOB), Map.entry("blob", TypeKind.BLOB), Map.entry("bytea", TypeKind.BLOB),
            Map.entry("binary", TypeKind.BLOB), Map.entry("varbinary", TypeKind.BLOB), Map.entry("longblob", TypeKind.BLOB),
            Map.entry("mediumblob", TypeKind.BLOB), Map.entry("tinyblob", TypeKind.BLOB),
            Map.entry("json", TypeKind.JSON), Map.entry("uuid", TypeKind.UUID));

    private SaTypes() {
    }

    /** A type as a column, {@code alter_column} or {@code sa.column} gives it: a name or a call. */
    static ColumnType read(PyExpr e, Env env) {
        PyExpr type = env.resolve(e);
        Args args;
        String dotted;
        if (type instanceof Name n) {
            dotted = n.dotted();
            args = new Args(new Call(dotted, List.of(), Map.of(), n.line()), env);
        } else if (type instanceof Call c) {
            dotted = c.callee();
            args = new Args(c, env);
        } else {
            throw new PyUnsupported("a column type computed in Python");
        }
        String simple = dotted.substring(dotted.lastIndexOf('.') + 1);
        String key = simple.toLowerCase(Locale.ROOT);
        if (key.equals("enum")) {
            return enumType(args);
        }
        if (key.equals("jsonb")) {
            return ColumnType.nativeType("jsonb");
        }
        if (key.equals("tinyint")) {
            // what autogenerate reflects from MariaDB/MySQL for a Boolean
            return Integer.valueOf(1).equals(args.integer(0, "display_width")) ? ColumnType.of(TypeKind.BOOLEAN) : ColumnType.of(TypeKind.SMALLINT);
        }
        TypeKind kind = KINDS.get(key);
        if (kind == null) {
            return ColumnType.nativeType(key);
        }
        return switch (kind) {
            case VARCHAR, CHAR -> new ColumnType(kind, args.integer(0, "length"), null, null, null);
            case BLOB -> new ColumnType(kind, args.integer(0, "length"), null, null, null);
            case DECIMAL -> new ColumnType(kind, null, args.integer(0, "precision"), args.integer(1, "scale"), null);
            case FLOAT -> {
                // SQLAlchemy's precision is in binary digits: above 24 the databases keep a double
                Integer bits = args.integer(0, "precision");
                yield ColumnType.of(bits != null && bits > 24 ? TypeKind.DOUBLE : TypeKind.FLOAT);
            }
            case TIMESTAMP -> ColumnType.of(Boolean.TRUE.equals(args.bool(-1, "timezone")) ? TypeKind.TIMESTAMP_TZ : TypeKind.TIMESTAMP);
            default -> ColumnType.of(kind);
        };
    }

    /**
     * Rowboat has no enumerated type: an {@code Enum} becomes a VARCHAR as long as its longest
     * value (what SQLAlchemy itself makes where a database has no ENUM), its values unchecked.
     */
    private static ColumnType enumType(Args args) {
        int longest = 1;
        for (PyExpr value : args.rest(0)) {
            if (!(value instanceof Str s)) {
                throw new PyUnsupported("an Enum of a Python enum class");
            }
            longest = Math.max(longest, s.value().length());
        }
        if (args.positional() == 0) {
            throw new PyUnsupported("an Enum without values");
        }
        return ColumnType.varchar(longest);
    }

    /** The type in SQLAlchemy's spelling; {@code imports} gains the dialect import it needs. */
    static String write(ColumnType t, Set<String> imports) {
        return switch (t.kind()) {
            case SMALLINT -> "sa.SmallInteger()";
            case INTEGER -> "sa.Integer()";
            case BIGINT -> "sa.BigInteger()";
            case BOOLEAN -> "sa.Boolean()";
            case DECIMAL -> t.precision() == null ? "sa.Numeric()"
                    : "sa.Numeric(precision=" + t.precision() + (t.scale() == null ? "" : ", scale=" + t.scale()) + ")";
            case FLOAT -> "sa.Float()";
            case DOUBLE -> "sa.Float(precision=53)";
            case VARCHAR -> t.length() == null ? "sa.String()" : "sa.String(length=" + t.length() + ")";
            case CHAR -> t.length() == null ? "sa.CHAR()" : "sa.CHAR(length=" + t.length() + ")";
            case TEXT -> "sa.Text()";
            case DATE -> "sa.Date()";
            case TIME -> "sa.Time()";
            case TIMESTAMP -> "sa.DateTime()";
            case TIMESTAMP_TZ -> "sa.DateTime(timezone=True)";
            case BLOB -> t.length() == null ? "sa.LargeBinary()" : "sa.LargeBinary(length=" + t.length() + ")";
            case JSON -> "sa.JSON()";
            case UUID -> {
                // not sa.Uuid: SQLAlchemy 1.4 lacks it, and 2.0 renders this one on every database
                imports.add(POSTGRESQL_IMPORT);
                yield "postgresql.UUID(as_uuid=True)";
            }
            case OTHER -> other(t.nativeName(), imports);
        };
    }

    private static String other(String nativeName, Set<String> imports) {
        String name = nativeName.toLowerCase(Locale.ROOT);
        if (name.equals("jsonb")) {
            imports.add(POSTGRESQL_IMPORT);
            return "postgresql.JSONB(astext_type=sa.Text())";
        }
        if (name.equals("interval")) {
            return "sa.Interval()";
        }
        throw new MigrationException(MigrationException.Kind.REPOSITORY, "The native type " + nativeName
                + " has no SQLAlchemy spelling Rowboat knows; write that column's revision in Rowboat's own format.");
    }
}
