package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * SQLite 3.47: ADD COLUMN (constant default; NOT NULL only with one), RENAME, and DROP COLUMN of
 * a column nothing depends on go through ALTER TABLE; everything else rebuilds the table
 * ({@link SqliteTableRebuild}). Types are written as declared, so they read back as written.
 */
final class SqliteDialect extends AbstractDialect {
    SqliteDialect() {
        super(Dbms.SQLITE, '"');
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case DOUBLE -> "DOUBLE";
            case TIMESTAMP -> "DATETIME";
            default -> CommonTypes.render(type);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return true;
    }

    /** An auto-increment key is the rowid: {@code INTEGER PRIMARY KEY} in its column. */
    @Override
    boolean primaryKeyInline(TableSpec t) {
        return t.primaryKey().size() == 1 && t.column(t.primaryKey().get(0)).map(ColumnSpec::autoIncrement).orElse(false);
    }

    @Override
    String columnDefinition(ColumnSpec c, boolean inPrimaryKey) {
        if (c.autoIncrement()) {
            return quote(c.name()) + " INTEGER NOT NULL PRIMARY KEY";
        }
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(columnType(c.type()));
        if (c.defaultSql() != null) {
            sql.append(" DEFAULT ").append(c.defaultSql());
        }
        if (!c.nullable() || inPrimaryKey) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    @Override
    List<String> addColumn(AddColumn o, SchemaSnapshot before) {
        ColumnSpec c = o.column();
        String def = c.defaultSql() == null ? null : c.defaultSql().trim().toUpperCase(Locale.ROOT);
        boolean constantDefault = def == null || !(def.startsWith("(") || def.startsWith("CURRENT_"));
        if (!c.autoIncrement() && constantDefault && (c.nullable() || def != null)) {
            return super.addColumn(o, before);
        }
        return rebuild(o, before);
    }

    @Override
    List<String> dropColumn(DropColumn o, SchemaSnapshot before) {
        TableSpec t = table(before, o.table());
        boolean dependedOn = uses(t.primaryKey(), o.column())
                || t.uniques().stream().anyMatch(u -> uses(u.columns(), o.column()))
                || t.foreignKeys().stream().anyMatch(f -> uses(f.columns(), o.column()))
                || t.indexes().stream().anyMatch(i -> uses(i.columns(), o.column()));
        return dependedOn ? rebuild(o, before) : List.of(alterTable(o.table()) + "DROP COLUMN " + quote(o.column()));
    }

    @Override
    List<String> alterColumn(AlterColumn o, SchemaSnapshot before) {
        return rebuild(o, before);
    }

    @Override
    List<String> addUnique(AddUnique o, SchemaSnapshot before) {
        return rebuild(o, before);
    }

    @Override
    List<String> dropUnique(DropUnique o, SchemaSnapshot before) {
        return rebuild(o, before);
    }

    @Override
    List<String> addForeignKey(AddForeignKey o, SchemaSnapshot before) {
        return rebuild(o, before);
    }

    @Override
    List<String> dropForeignKey(DropForeignKey o, SchemaSnapshot before) {
        return rebuild(o, before);
    }

    private List<String> rebuild(Operation op, SchemaSnapshot before) {
        String table = tableOf(op);
        SchemaSnapshot after = dev.rowboat.migrate.ops.SnapshotChanges.apply(before, op);
        return SqliteTableRebuild.render(this, table(before, table), table(after, table));
    }

    private static String tableOf(Operation op) {
        if (op instanceof AddColumn o) {
            return o.table();
        } else if (op instanceof DropColumn o) {
            return o.table();
        } else if (op instanceof AlterColumn o) {
            return o.table();
        } else if (op instanceof AddUnique o) {
            return o.unique().table();
        } else if (op instanceof DropUnique o) {
            return o.table();
        } else if (op instanceof AddForeignKey o) {
            return o.foreignKey().table();
        } else if (op instanceof DropForeignKey o) {
            return o.table();
        }
        throw new IllegalArgumentException("No rebuild for " + op.describe());
    }

    private static TableSpec table(SchemaSnapshot s, String name) {
        return s.table(name).orElseThrow(() -> new IllegalArgumentException(
                "Table " + name + " is not in the schema the operation starts from: SQLite rebuilds it from there"));
    }

    @Override
    public void beforeMigration(Connection c) throws SQLException {
        SqliteForeignKeys.switchOff(c);
    }

    @Override
    public void afterMigration(Connection c) throws SQLException {
        SqliteForeignKeys.restore(c);
    }

    @Override
    public void verifyBeforeCommit(Connection c) throws SQLException {
        SqliteTableRebuild.recreateTriggers(c);
        SqliteForeignKeys.check(c);
    }

}
