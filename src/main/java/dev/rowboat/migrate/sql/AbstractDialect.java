package dev.rowboat.migrate.sql;

import dev.rowboat.migrate.ops.AddColumn;
import dev.rowboat.migrate.ops.AddForeignKey;
import dev.rowboat.migrate.ops.AddUnique;
import dev.rowboat.migrate.ops.AlterColumn;
import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.DropColumn;
import dev.rowboat.migrate.ops.DropForeignKey;
import dev.rowboat.migrate.ops.DropIndex;
import dev.rowboat.migrate.ops.DropTable;
import dev.rowboat.migrate.ops.DropUnique;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RawSql;
import dev.rowboat.migrate.ops.RenameColumn;
import dev.rowboat.migrate.ops.RenameTable;
import dev.rowboat.migrate.ops.SnapshotChanges;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The SQL the four databases share; each dialect overrides where its own differs. */
abstract class AbstractDialect implements SqlDialect {
    private final Dbms dbms;
    private final char quoteChar;

    AbstractDialect(Dbms dbms, char quoteChar) {
        this.dbms = dbms;
        this.quoteChar = quoteChar;
    }

    @Override
    public Dbms dbms() {
        return dbms;
    }

    @Override
    public String quote(String identifier) {
        if (!Identifiers.needsQuoting(identifier)) {
            return identifier;
        }
        String q = String.valueOf(quoteChar);
        return q + identifier.replace(q, q + q) + q;
    }

    @Override
    public List<String> render(Operation op, SchemaSnapshot before) {
        if (op instanceof CreateTable o) {
            return createTable(o.table());
        } else if (op instanceof DropTable o) {
            return List.of("DROP TABLE " + quote(o.table()));
        } else if (op instanceof RenameTable o) {
            return List.of("ALTER TABLE " + quote(o.from()) + " RENAME TO " + quote(o.to()));
        } else if (op instanceof AddColumn o) {
            return addColumn(o, before);
        } else if (op instanceof DropColumn o) {
            return dropColumn(o, before);
        } else if (op instanceof AlterColumn o) {
            return alterColumn(o, before);
        } else if (op instanceof RenameColumn o) {
            return List.of(renameColumn(o));
        } else if (op instanceof CreateIndex o) {
            return List.of(createIndex(o.index()));
        } else if (op instanceof DropIndex o) {
            return dropIndex(o.table(), o.name(), before);
        } else if (op instanceof AddUnique o) {
            return addUnique(o, before);
        } else if (op instanceof DropUnique o) {
            return dropUnique(o, before);
        } else if (op instanceof AddForeignKey o) {
            return addForeignKey(o, before);
        } else if (op instanceof DropForeignKey o) {
            return dropForeignKey(o, before);
        } else if (op instanceof RawSql o) {
            return rawSql(o);
        }
        throw new IllegalArgumentException("Unknown operation " + op);
    }

    List<String> createTable(TableSpec t) {
        List<String> statements = new ArrayList<>();
        statements.add(createTableStatement(t, t.name()));
        t.indexes().forEach(i -> statements.add(createIndex(i)));
        return statements;
    }

    /** CREATE TABLE for {@code t} under {@code name} (the SQLite rebuild creates it under a temporary one). */
    String createTableStatement(TableSpec t, String name) {
        List<String> parts = new ArrayList<>();
        for (ColumnSpec c : t.columns()) {
            parts.add(columnDefinition(c, inPrimaryKey(t, c.name())));
        }
        if (!t.primaryKey().isEmpty() && !primaryKeyInline(t)) {
            parts.add("PRIMARY KEY (" + columns(t.primaryKey()) + ")");
        }
        t.uniques().forEach(u -> parts.add(constraintName(u.name()) + "UNIQUE (" + columns(u.columns()) + ")"));
        t.foreignKeys().forEach(fk -> parts.add(foreignKeyClause(fk)));
        return "CREATE TABLE " + quote(name) + " (\n    " + String.join(",\n    ", parts) + "\n)";
    }

    /** Whether the primary key is declared in its column's definition (SQLite's rowid alias). */
    boolean primaryKeyInline(TableSpec t) {
        return false;
    }

    static boolean inPrimaryKey(TableSpec t, String column) {
        return t.primaryKey().stream().anyMatch(p -> p.equalsIgnoreCase(column));
    }

    /** Name, type, default or identity, NOT NULL; primary-key columns are always NOT NULL. */
    String columnDefinition(ColumnSpec c, boolean inPrimaryKey) {
        StringBuilder sql = new StringBuilder(quote(c.name())).append(' ').append(columnType(c.type()));
        if (c.autoIncrement()) {
            sql.append(" GENERATED BY DEFAULT AS IDENTITY");
        } else if (c.defaultSql() != null) {
            sql.append(" DEFAULT ").append(defaultSql(c));
        }
        if (!c.nullable() || inPrimaryKey) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    String defaultSql(ColumnSpec c) {
        return c.defaultSql();
    }

    String constraintName(String name) {
        return name == null ? "" : "CONSTRAINT " + quote(name) + " ";
    }

    String foreignKeyClause(ForeignKeySpec fk) {
        String sql = constraintName(fk.name()) + "FOREIGN KEY (" + columns(fk.columns()) + ") REFERENCES "
                + quote(fk.refTable()) + " (" + columns(fk.refColumns()) + ")";
        return fk.onDelete() == null ? sql : sql + " ON DELETE " + fk.onDelete().toUpperCase(Locale.ROOT);
    }

    String columns(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    String alterTable(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    List<String> addColumn(AddColumn o, SchemaSnapshot before) {
        return List.of(alterTable(o.table()) + "ADD COLUMN " + columnDefinition(o.column(), false));
    }

    /** Drops what uses the column first, so every database ends where {@code SnapshotChanges} says. */
    List<String> dropColumn(DropColumn o, SchemaSnapshot before) {
        List<String> statements = new ArrayList<>();
        SchemaSnapshot current = before;
        TableSpec t = before.table(o.table()).orElse(null);
        if (t != null) {
            for (ForeignKeySpec fk : t.foreignKeys()) {
                if (uses(fk.columns(), o.column())) {
                    DropForeignKey drop = new DropForeignKey(t.name(), fk.name());
                    statements.addAll(dropForeignKey(drop, current));
                    current = SnapshotChanges.apply(current, drop);
                }
            }
            for (UniqueSpec u : t.uniques()) {
                if (uses(u.columns(), o.column())) {
                    DropUnique drop = new DropUnique(t.name(), u.name());
                    statements.addAll(dropUnique(drop, current));
                    current = SnapshotChanges.apply(current, drop);
                }
            }
            for (IndexSpec i : t.indexes()) {
                if (uses(i.columns(), o.column())) {
                    statements.addAll(dropIndex(t.name(), i.name(), current));
                    current = SnapshotChanges.apply(current, new DropIndex(t.name(), i.name()));
                }
            }
        }
        statements.add(alterTable(o.table()) + "DROP COLUMN " + quote(o.column()));
        return statements;
    }

    static boolean uses(List<String> columns, String column) {
        return columns.stream().anyMatch(c -> c.equalsIgnoreCase(column));
    }

    abstract List<String> alterColumn(AlterColumn o, SchemaSnapshot before);

    String renameColumn(RenameColumn o) {
        return alterTable(o.table()) + "RENAME COLUMN " + quote(o.from()) + " TO " + quote(o.to());
    }

    String createIndex(IndexSpec i) {
        return "CREATE " + (i.unique() ? "UNIQUE " : "") + "INDEX " + quote(i.name()) + " ON " + quote(i.table())
                + " (" + columns(i.columns()) + ")";
    }

    String dropIndex(String table, String name) {
        return "DROP INDEX " + quote(name);
    }

    /** The statements that drop an index (MariaDB may first need one for a foreign key). */
    List<String> dropIndex(String table, String name, SchemaSnapshot before) {
        return List.of(dropIndex(table, name));
    }

    List<String> addUnique(AddUnique o, SchemaSnapshot before) {
        UniqueSpec u = o.unique();
        return List.of(alterTable(u.table()) + "ADD " + constraintName(u.name()) + "UNIQUE (" + columns(u.columns()) + ")");
    }

    List<String> dropUnique(DropUnique o, SchemaSnapshot before) {
        return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + quote(o.name()));
    }

    List<String> addForeignKey(AddForeignKey o, SchemaSnapshot before) {
        return List.of(alterTable(o.foreignKey().table()) + "ADD " + foreignKeyClause(o.foreignKey()));
    }

    List<String> dropForeignKey(DropForeignKey o, SchemaSnapshot before) {
        return List.of(alterTable(o.table()) + "DROP CONSTRAINT " + quote(o.name()));
    }

    List<String> rawSql(RawSql o) {
        String key = dbms.name().toLowerCase(Locale.ROOT);
        String sql = o.byDatabase().getOrDefault(key,
                dbms == Dbms.MARIADB ? o.byDatabase().getOrDefault("mysql", o.sql()) : o.sql());
        return sql == null ? List.of() : SqlStatements.split(sql);
    }

    @Override
    public void beforeMigration(Connection c) throws SQLException {
        // nothing to switch outside the transaction
    }

    @Override
    public void afterMigration(Connection c) throws SQLException {
        // nothing to switch back
    }

    @Override
    public void verifyBeforeCommit(Connection c) throws SQLException {
        // the database checked every constraint as the statements ran
    }
}
