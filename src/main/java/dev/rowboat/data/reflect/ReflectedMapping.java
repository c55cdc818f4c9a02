package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.MappingSource;
import dev.rowboat.data.sqlite.SqliteTimestampForms;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.Progress;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.boot.MetadataSources;

/**
 * Maps whatever the database holds: its schema is read at open time and every table with a key
 * becomes a dynamic-map entity, so no entity class is written by anyone. Names a known model
 * gives (the tutorial's) are used where its tables are there.
 */
public final class ReflectedMapping implements MappingSource {
    private final NameHints hints;

    public ReflectedMapping(NameHints hints) {
        this.hints = hints;
    }

    @Override
    public Mapping contribute(MetadataSources sources, Connection connection, Dbms dbms) throws SQLException {
        return contribute(sources, connection, dbms, Progress.NONE);
    }

    /** Dynamic maps only: no class for Hibernate to proxy. */
    @Override
    public boolean usesClasses() {
        return false;
    }

    @Override
    public Mapping contribute(MetadataSources sources, Connection connection, Dbms dbms, Progress progress) throws SQLException {
        SchemaSnapshot schema = LiveSchemaReader.read(connection, dbms, progress);
        StoredNames stored = StoredNames.read(connection, dbms);
        progress.step("Building the mapping (" + Progress.count(schema.tables().size()) + " tables)");
        ReflectedModel model = SchemaReflector.reflect(schema, stored.views(), hints, dbms, EnumValues.read(connection, dbms));
        SqliteTimestampForms forms = dbms == Dbms.SQLITE ? SqliteTimestampForms.sample(connection, timestampColumns(schema, dbms))
                : SqliteTimestampForms.NONE;
        sources.addHbmXmlBinding(new HbmMappingBuilder(dbms, stored::table, stored::column, forms).build(model));
        return model.withStoredNames(stored::table).mapping().withTables(tablesAsStored(schema, stored));
    }

    /** Each table's date-time columns, whose stored form a SQLite file may choose. */
    private static Map<String, List<String>> timestampColumns(SchemaSnapshot schema, Dbms dbms) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        for (TableSpec table : schema.tables()) {
            List<String> timestamps = table.columns().stream()
                    .filter(c -> ReflectedTypes.effective(c.type(), dbms).kind() == TypeKind.TIMESTAMP).map(c -> c.name()).toList();
            if (!timestamps.isEmpty()) {
                columns.put(table.name(), timestamps);
            }
        }
        return columns;
    }

    /** The tables and views just read, for the catalog, which would otherwise read them again. */
    private static Map<String, List<String>> tablesAsStored(SchemaSnapshot schema, StoredNames stored) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (TableSpec table : schema.tables()) {
            tables.put(stored.table(table.name()),
                    table.columns().stream().map(c -> stored.column(table.name(), c.name())).toList());
        }
        for (String view : stored.views()) {
            tables.putIfAbsent(stored.table(view), List.of());
        }
        return tables;
    }
}
