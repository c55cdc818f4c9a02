package dev.rowboat.migrate.diff;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The schema the entity classes want: Hibernate's boot model read into a {@link SchemaSnapshot}
 * in portable types. It needs no connection: the metadata is built for the database's dialect.
 * Columns come in the order the classes declare them and a unique {@code @Index} stays a unique
 * index ({@link DeclaredLayout}), as SQLAlchemy would have them.
 */
public final class ModelSchemaReader {
    private ModelSchemaReader() {
    }

    /** Builds the boot metadata of {@code entityClasses} for {@code dbms} offline and reads it. */
    public static SchemaSnapshot read(List<Class<?>> entityClasses, Dbms dbms) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting("hibernate.dialect", dialectClass(dbms))
                .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
                .applySetting("hibernate.auto_quote_keyword", "true")
                .applySetting("hibernate.hbm2ddl.auto", "none")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entityClasses.forEach(sources::addAnnotatedClass);
            return read(sources.buildMetadata());
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Reads metadata that was built already (e.g. by the database opener). */
    public static SchemaSnapshot read(Metadata metadata) {
        Dialect dialect = metadata.getDatabase().getJdbcEnvironment().getDialect();
        DeclaredLayout layout = DeclaredLayout.of(metadata);
        List<TableSpec> tables = new ArrayList<>();
        for (Table table : metadata.collectTableMappings()) {
            if (table.isPhysicalTable()) {
                tables.add(table(table, metadata, dialect, layout));
            }
        }
        return new SchemaSnapshot(tables);
    }

    static String dialectClass(Dbms dbms) {
        return dbms.dialect().orElseGet(() -> switch (dbms) {
            case H2 -> "org.hibernate.dialect.H2Dialect";
            case POSTGRESQL -> "org.hibernate.dialect.PostgreSQLDialect";
            case MARIADB -> "org.hibernate.dialect.MariaDBDialect";
            case SQLITE -> "org.hibernate.community.dialect.SQLiteDialect";
        });
    }

    private static TableSpec table(Table table, Metadata metadata, Dialect dialect, DeclaredLayout layout) {
        String name = table.getName();
        List<ColumnSpec> columns = new ArrayList<>();
        for (Column column : layout.order(name, table.getColumns())) {
            boolean identity = column.isIdentity();
            columns.add(new ColumnSpec(column.getName(), ModelTypes.of(column, metadata, dialect),
                    column.isNullable() && !table.isPrimaryKey(column), column.getDefaultValue(), identity));
        }
        List<String> primaryKey = table.hasPrimaryKey() ? names(table.getPrimaryKey().getColumns()) : List.of();
        List<UniqueSpec> uniques = new ArrayList<>();
        List<IndexSpec> indexes = new ArrayList<>();
        for (UniqueKey key : table.getUniqueKeys().values()) {
            if (layout.isUniqueIndex(name, key.getName())) {
                indexes.add(new IndexSpec(key.getName(), name, names(key.getColumns()), true));
            } else {
                uniques.add(new UniqueSpec(key.getName(), name, names(key.getColumns())));
            }
        }
        for (Column column : table.getColumns()) {
            // A single-column unique=true that Hibernate renders inline rather than as a key of its own.
            if (column.isUnique() && uniques.stream().noneMatch(u -> u.columns().equals(List.of(column.getName())))
                    && indexes.stream().noneMatch(i -> i.unique() && i.columns().equals(List.of(column.getName())))) {
                uniques.add(new UniqueSpec(column.getUniqueKeyName(), name, List.of(column.getName())));
            }
        }
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (ForeignKey key : table.getForeignKeyCollection()) {
            if (key.isCreationEnabled() && key.isPhysicalConstraint()) {
                foreignKeys.add(foreignKey(key, name));
            }
        }
        for (Index index : table.getIndexes().values()) {
            indexes.add(new IndexSpec(index.getName(), name, names(index.getColumns()), index.isUnique()));
        }
        return new TableSpec(name, columns, primaryKey, uniques, foreignKeys, indexes);
    }

    private static ForeignKeySpec foreignKey(ForeignKey key, String table) {
        Table target = key.getReferencedTable();
        List<String> refColumns = key.isReferenceToPrimaryKey()
                ? names(target.getPrimaryKey().getColumns()) : names(key.getReferencedColumns());
        OnDeleteAction action = key.getOnDeleteAction();
        String onDelete = action == null || action == OnDeleteAction.NO_ACTION ? null : action.toSqlString();
        return new ForeignKeySpec(key.getName(), table, names(key.getColumns()), target.getName(), refColumns, onDelete);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(Column::getName).toList();
    }
}
