package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.MappingSource;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.LiveSchemaReader;
import dev.rowboat.schema.SchemaSnapshot;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
        SchemaSnapshot schema = LiveSchemaReader.read(connection, dbms);
        StoredNames stored = StoredNames.read(connection, dbms);
        ReflectedModel model = SchemaReflector.reflect(schema, stored.views(), hints, dbms, EnumValues.read(connection, dbms));
        String xml = new HbmMappingWriter(dbms, stored::table, stored::column).write(model);
        sources.addInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return model.withStoredNames(stored::table).mapping();
    }
}
