package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.alembic.PyExpr.Const;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import java.util.Objects;
import java.util.Set;

/**
 * {@code alter_column(table, column, ...)}: an {@link AlterColumn} whose previous definition comes
 * from the {@code existing_*} arguments, then a {@link RenameColumn} for {@code new_column_name}.
 * Autogenerate always writes {@code existing_type}; without it and without {@code type_} the
 * column's type is not in the file, and the call is not read.
 */
final class AlterColumnReader {
    private static final Set<String> OPTIONS = Set.of("table_name", "column_name", "nullable", "server_default",
            "new_column_name", "type_", "existing_type", "existing_server_default", "existing_nullable",
            "existing_autoincrement", "autoincrement", "existing_comment", "schema");

    private AlterColumnReader() {
    }

    static void read(Args a, String table, int at, Env env, Reading into) {
        if (a.has("comment")) {
            throw new PyUnsupported("column comments are not in Rowboat's schema model");
        }
        a.only(OPTIONS);
        OpReader.defaultSchema(a);
        String column = a.string(at, "column_name");
        PyExpr existingType = a.get(-1, "existing_type");
        PyExpr newType = a.get(-1, "type_");
        String rename = a.optString(-1, "new_column_name");
        Boolean nullable = a.bool(-1, "nullable");
        Boolean existingNullable = a.bool(-1, "existing_nullable");
        boolean defaultChanges = a.has("server_default") && !(a.get(-1, "server_default") instanceof Const c && Boolean.FALSE.equals(c.value()));
        Boolean autoincrement = a.bool(-1, "autoincrement");
        Boolean existingAutoincrement = a.bool(-1, "existing_autoincrement");
        boolean changes = newType != null || nullable != null || defaultChanges || autoincrement != null;
        if (changes) {
            if (existingType == null && newType == null) {
                throw new PyUnsupported("alter_column without existing_type: the column's type is not in the file");
            }
            ColumnType before = existingType != null ? SaTypes.read(existingType, env) : SaTypes.read(newType, env);
            ColumnType after = newType != null ? SaTypes.read(newType, env) : before;
            boolean wasNullable = existingNullable != null ? existingNullable : nullable != null ? !nullable : true;
            String oldDefault = SaColumn.defaultSql(a.get(-1, "existing_server_default"), env);
            String newDefault = defaultChanges ? SaColumn.defaultSql(a.get(-1, "server_default"), env) : oldDefault;
            boolean wasAuto = Objects.requireNonNullElse(existingAutoincrement, false);
            ColumnSpec previous = new ColumnSpec(column, before, wasNullable, oldDefault, wasAuto);
            ColumnSpec next = new ColumnSpec(column, after, nullable != null ? nullable : wasNullable, newDefault,
                    autoincrement != null ? autoincrement : wasAuto);
            into.add(new AlterColumn(table, previous, next));
        }
        if (rename != null) {
            into.add(new RenameColumn(table, column, rename));
        }
        if (!changes && rename == null) {
            throw new PyUnsupported("alter_column that changes nothing Rowboat reads");
        }
    }
}
