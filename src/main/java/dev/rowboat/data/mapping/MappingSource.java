package dev.rowboat.data.mapping;

import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.boot.MetadataSources;

/**
 * Where an open database's entity mapping comes from: annotated classes (the built-in model, test
 * models) or the live schema itself (reflection). Everything after it, the catalog, grids, saves
 * and migrations, reads only Hibernate's metamodel, so the sources are interchangeable.
 */
public interface MappingSource {

    /**
     * Adds the mapping to Hibernate's sources before the session factory is built.
     *
     * @param connection a connection to the database being opened, for sources that read its schema
     * @return what the catalog needs to know beyond Hibernate's metamodel
     */
    Mapping contribute(MetadataSources sources, Connection connection, Dbms dbms) throws SQLException;

    /** The same, reporting its steps (a reflection of many tables reads them one by one). */
    default Mapping contribute(MetadataSources sources, Connection connection, Dbms dbms, Progress progress) throws SQLException {
        return contribute(sources, connection, dbms);
    }

    /**
     * Whether the mapping has Java classes behind its entities: Hibernate then needs its bytecode
     * provider (Byte Buddy) for their lazy proxies. A mapping of maps (reflection) has none, and
     * leaves Byte Buddy's five hundred classes unloaded.
     */
    default boolean usesClasses() {
        return true;
    }

    /** The entities of annotated classes, as written. */
    static MappingSource annotated(List<Class<?>> classes) {
        List<Class<?>> copy = List.copyOf(classes);
        return (sources, connection, dbms) -> {
            copy.forEach(sources::addAnnotatedClass);
            return Mapping.NONE;
        };
    }
}
