package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import java.util.ArrayList;
import java.util.List;

/**
 * MySQL/MariaDB: backticks, MODIFY COLUMN with the whole definition, indexes named per table.
 * DDL commits on its own. MariaDB creates an index for each foreign key that has none, named like
 * the key, and keeps it when the key is dropped; dropping a key drops that index too.
 */
final class MariaDbDialect extends AbstractDialect {
    MariaDbDialect() {
        super(Dbms.MARIADB, '`');
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case INTEGER -> "INT";
            case BOOLEAN -> "TINYINT(1)";
            case FLOAT -> "FLOAT";
            case DOUBLE -> "DOUBLE";
            case VARCHAR -> type.length() == null ? "LONGTEXT" : CommonTypes.render(type);
            case TEXT, JSON -> "LONGTEXT";
            case BLOB -> "LONGBLOB";
            case TIMESTAMP -> "DATETIME(6)";
            case TIMESTAMP_TZ -> "TIMESTAMP(6)";
            default -> CommonTypes.render(type);
        };
    }

    @Override
    public boolean transactionalDdl() {
        return false;
    }

    @Override
    String columnDefinition(ColumnSpec c, boolean inPrimaryKey) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(columnType(c.type()));
        sql.append(!c.nullable() || inPrimaryKey ? " NOT NULL" : " NULL");
        if (c.autoIncrement()) {
            sql.append(" AUTO_INCREMENT");
        } else if (c.defaultSql() != null) {
            sql.append(" DEFAULT ").append(defaultSql(c));
        }
        return sql.toString();
    }

    /** CURRENT_TIMESTAMP with the column's fraction digits, as MySQL insists. */
    @Override
    String defaultSql(ColumnSpec c) {
        TypeKind kind = c.type().kind();
        if ((kind == TypeKind.TIMESTAMP || kind == TypeKind.TIMESTAMP_TZ) && c.defaultSql().equalsIgnoreCase("current_timestamp")) {
            return "CURRENT_TIMESTAMP(6)";
        }
        return c.defaultSql();
    }

    @Override
    List<String> alterColumn(AlterColumn o, SchemaSnapshot before) {
        boolean inPk = before.table(o.table()).map(t -> inPrimaryKey(t, o.column().name())).orElse(false);
        return List.of(alterTable(o.table()) + "MODIFY COLUMN " + columnDefinition(o.column(), inPk));
    }

    @Override
    String dropIndex(String table, String name) {
        return "DROP INDEX " + quote(name) + " ON " + quote(table);
    }

    @Override
    List<String> dropUnique(DropUnique o, SchemaSnapshot before) {
        return dropIndex(o.table(), o.name(), before);
    }

    /**
     * MariaDB drops the index it made for a foreign key once another index covers the key's
     * columns, and then refuses to drop that other one; so the key gets its own index back first
     * (named like the key, as MariaDB names it, so it reads back as the implicit one it is).
     */
    @Override
    List<String> dropIndex(String table, String name, SchemaSnapshot before) {
        List<String> statements = new ArrayList<>();
        TableSpec t = before == null ? null : before.table(table).orElse(null);
        if (t != null) {
            List<List<String>> remaining = new ArrayList<>();
            remaining.add(t.primaryKey());
            t.uniques().stream().filter(u -> !u.name().equalsIgnoreCase(name)).forEach(u -> remaining.add(u.columns()));
            t.indexes().stream().filter(i -> !i.name().equalsIgnoreCase(name)).forEach(i -> remaining.add(i.columns()));
            for (ForeignKeySpec fk : t.foreignKeys()) {
                if (remaining.stream().noneMatch(cols -> startsWith(cols, fk.columns()))) {
                    statements.add("CREATE INDEX IF NOT EXISTS " + quote(fk.name()) + " ON " + quote(table)
                            + " (" + columns(fk.columns()) + ")");
                }
            }
        }
        statements.add(dropIndex(table, name));
        return statements;
    }

    private static boolean startsWith(List<String> columns, List<String> prefix) {
        if (columns.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!columns.get(i).equalsIgnoreCase(prefix.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    List<String> dropForeignKey(DropForeignKey o, SchemaSnapshot before) {
        List<String> statements = new ArrayList<>();
        statements.add(alterTable(o.table()) + "DROP FOREIGN KEY " + quote(o.name()));
        boolean ownIndex = before.table(o.table()).map(t -> t.indexes().stream()
                .anyMatch(i -> i.name().equalsIgnoreCase(o.name()))).orElse(false);
        if (!ownIndex) {
            statements.add("DROP INDEX IF EXISTS " + quote(o.name()) + " ON " + quote(o.table()));
        }
        return statements;
    }
}
