package dev.rowboat.migrate.diff;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import dev.rowboat.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made snapshots for the diff's unit tests: a small user/post schema and ways to change it. */
final class Snapshots {
    static final ColumnSpec ID = new ColumnSpec("id", ColumnType.of(TypeKind.INTEGER), false, null, true);

    private Snapshots() {
    }

    static TableSpec user() {
        return new TableSpec("user", List.of(ID, ColumnSpec.of("username", ColumnType.varchar(64), true),
                ColumnSpec.of("about_me", ColumnType.varchar(140), true)), List.of("id"),
                List.of(new UniqueSpec("ix_user_username", "user", List.of("username"))), List.of(), List.of());
    }

    static TableSpec post() {
        return new TableSpec("post", List.of(ID, ColumnSpec.of("body", ColumnType.varchar(140), true),
                ColumnSpec.of("timestamp", ColumnType.of(TypeKind.TIMESTAMP), true),
                ColumnSpec.of("user_id", ColumnType.of(TypeKind.INTEGER), true)), List.of("id"), List.of(),
                List.of(new ForeignKeySpec("fk_post_user_id", "post", List.of("user_id"), "user", List.of("id"), null)),
                List.of(new IndexSpec("ix_post_timestamp", "post", List.of("timestamp"), false)));
    }

    static SchemaSnapshot schema(TableSpec... tables) {
        return new SchemaSnapshot(Arrays.asList(tables));
    }

    static TableSpec withColumns(TableSpec t, List<ColumnSpec> columns) {
        return new TableSpec(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.indexes());
    }

    static TableSpec withColumn(TableSpec t, ColumnSpec column) {
        List<ColumnSpec> columns = new ArrayList<>(t.columns().stream().filter(c -> !c.name().equals(column.name())).toList());
        columns.add(column);
        return withColumns(t, columns);
    }

    static TableSpec without(TableSpec t, String column) {
        return withColumns(t, t.columns().stream().filter(c -> !c.name().equals(column)).toList());
    }

    static TableSpec withIndexes(TableSpec t, List<IndexSpec> indexes) {
        return new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), indexes);
    }

    static TableSpec withUniques(TableSpec t, List<UniqueSpec> uniques) {
        return new TableSpec(t.name(), t.columns(), t.primaryKey(), uniques, t.foreignKeys(), t.indexes());
    }

    static TableSpec withForeignKeys(TableSpec t, List<ForeignKeySpec> keys) {
        return new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(), keys, t.indexes());
    }

    static TableSpec renamed(TableSpec t, String name) {
        return new TableSpec(name, t.columns(), t.primaryKey(), t.uniques(), t.foreignKeys(), t.indexes());
    }
}
