package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;

/** A small schema with the awkward parts: reserved names, identity keys, defaults, a cascade. */
final class Fixtures {
    static final ColumnType BIGINT = ColumnType.of(TypeKind.BIGINT);
    static final ColumnType INTEGER = ColumnType.of(TypeKind.INTEGER);

    private Fixtures() {
    }

    static ColumnSpec id() {
        return new ColumnSpec("id", BIGINT, false, null, true);
    }

    static CreateTable user() {
        return new CreateTable(new TableSpec("user", List.of(id(),
                ColumnSpec.of("username", ColumnType.varchar(64), false),
                ColumnSpec.of("email", ColumnType.varchar(128), true),
                new ColumnSpec("active", ColumnType.of(TypeKind.BOOLEAN), false, "true", false),
                new ColumnSpec("joined", ColumnType.of(TypeKind.TIMESTAMP), true, "CURRENT_TIMESTAMP", false)),
                List.of("id"), List.of(new UniqueSpec("uq_user_email", "user", List.of("email"))), List.of(), List.of()));
    }

    static CreateTable post() {
        return new CreateTable(new TableSpec("post", List.of(id(),
                ColumnSpec.of("author_id", BIGINT, false),
                ColumnSpec.of("title", ColumnType.varchar(200), false),
                ColumnSpec.of("body", ColumnType.of(TypeKind.TEXT), true),
                new ColumnSpec("score", ColumnType.decimal(10, 2), false, "0", false),
                new ColumnSpec("order", INTEGER, true, "-1", false),
                new ColumnSpec("status", ColumnType.varchar(16), false, "'draft'", false)),
                List.of("id"), List.of(),
                List.of(new ForeignKeySpec("fk_post_author", "post", List.of("author_id"), "user", List.of("id"), "CASCADE")),
                List.of(new IndexSpec("ix_post_title", "post", List.of("title"), false))));
    }

    /** The table the SQLite trigger test writes to, as created by hand there. */
    static CreateTable audit() {
        return new CreateTable(new TableSpec("audit", List.of(ColumnSpec.of("what", ColumnType.of(TypeKind.TEXT), true)),
                List.of(), List.of(), List.of(), List.of()));
    }

    /** Every portable type once, so each reads back as itself. */
    static CreateTable everyType() {
        List<ColumnSpec> columns = List.of(
                ColumnSpec.of("a_smallint", ColumnType.of(TypeKind.SMALLINT), true),
                ColumnSpec.of("a_integer", INTEGER, true),
                ColumnSpec.of("a_bigint", BIGINT, true),
                ColumnSpec.of("a_boolean", ColumnType.of(TypeKind.BOOLEAN), true),
                ColumnSpec.of("a_decimal", ColumnType.decimal(12, 3), true),
                ColumnSpec.of("a_float", ColumnType.of(TypeKind.FLOAT), true),
                ColumnSpec.of("a_double", ColumnType.of(TypeKind.DOUBLE), true),
                ColumnSpec.of("a_varchar", ColumnType.varchar(40), true),
                ColumnSpec.of("a_char", new ColumnType(TypeKind.CHAR, 3, null, null, null), true),
                ColumnSpec.of("a_text", ColumnType.of(TypeKind.TEXT), true),
                ColumnSpec.of("a_date", ColumnType.of(TypeKind.DATE), true),
                ColumnSpec.of("a_time", ColumnType.of(TypeKind.TIME), true),
                ColumnSpec.of("a_timestamp", ColumnType.of(TypeKind.TIMESTAMP), true),
                ColumnSpec.of("a_timestamp_tz", ColumnType.of(TypeKind.TIMESTAMP_TZ), true),
                ColumnSpec.of("a_blob", ColumnType.of(TypeKind.BLOB), true),
                ColumnSpec.of("a_uuid", ColumnType.of(TypeKind.UUID), true),
                ColumnSpec.of("a_json", ColumnType.of(TypeKind.JSON), true));
        return new CreateTable(new TableSpec("every_type", columns, List.of(), List.of(), List.of(), List.of()));
    }
}
