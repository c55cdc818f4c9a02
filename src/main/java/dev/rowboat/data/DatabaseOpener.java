package dev.rowboat.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.MappingSource;
import dev.rowboat.data.persister.DeferredPersisters;
import dev.rowboat.data.postgres.PostgresTypes;
import dev.rowboat.data.sqlite.SqliteBigIntJdbcType;
import dev.rowboat.data.sqlite.SqliteIntegerJdbcType;
import dev.rowboat.data.sqlite.SqliteTimestampJdbcType;
import dev.rowboat.data.sqlite.SqliteTimestamps;
import dev.rowboat.data.sqlite.SqliteVarcharJdbcType;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.schema.ReadOnlySessions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataBuilder;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Opens a database: probes the connection (so failures become sentences, within the timeout),
 * then starts a HikariCP pool and a Hibernate session factory over it, with the mapping its
 * {@link MappingSource} gives (reflected from the database, or annotated classes).
 */
public final class DatabaseOpener {
    private final MappingSource mappingSource;
    private final boolean statistics;

    /** @param statistics whether Hibernate counts statements (tests and benchmarks read them) */
    public DatabaseOpener(MappingSource mappingSource, boolean statistics) {
        this.mappingSource = mappingSource;
        this.statistics = statistics;
    }

    /** Opens with the entities of annotated classes. */
    public DatabaseOpener(List<Class<?>> annotatedClasses, boolean statistics) {
        this(MappingSource.annotated(annotatedClasses), statistics);
    }

    public OpenDatabase open(ConnectionSpec spec, ConnectOptions options) {
        return open(spec, options, Progress.NONE);
    }

    /**
     * Opens, reporting the steps: connecting, reading the tables (one by one where the database is
     * read so), building the mapping, starting Hibernate, building the entity list.
     */
    public OpenDatabase open(ConnectionSpec spec, ConnectOptions options, Progress progress) {
        progress.step("Connecting to " + spec.displayUrl());
        ServerInfo server = ConnectionProbe.probe(spec, options);
        HikariDataSource pool = pool(spec, options);
        StandardServiceRegistry registry = null;
        SessionFactoryImplementor factory = null;
        try {
            StandardServiceRegistryBuilder settings = new StandardServiceRegistryBuilder()
                    .applySetting("hibernate.connection.datasource", pool)
                    .applySetting("hibernate.auto_quote_keyword", "true")
                    .applySetting("hibernate.generate_statistics", String.valueOf(statistics))
                    .applySetting("hibernate.hbm2ddl.auto", "none")
                    .applySetting("hibernate.jdbc.batch_size", "100")
                    .applySetting("hibernate.order_inserts", "true")
                    .applySetting("hibernate.order_updates", "true")
                    // loaders and statements of each entity and collection as they are first used, not all at start
                    .applySetting("hibernate.persister.resolver", new DeferredPersisters())
                    .applySetting("hibernate.type.json_format_mapper", TextFormatMapper.INSTANCE)
                    .applySetting("hibernate.type.xml_format_mapper", TextFormatMapper.INSTANCE);
            if (!mappingSource.usesClasses()) {
                // Hibernate otherwise starts Byte Buddy for every factory, some 570 classes loaded at each
                // start for proxies a mapping of maps never makes
                settings.addService(BytecodeProvider.class, new org.hibernate.bytecode.internal.none.BytecodeProviderImpl());
            }
            spec.dbms().dialect().ifPresent(dialect -> settings.applySetting("hibernate.dialect", dialect));
            if (spec.dbms() != Dbms.SQLITE) {
                // java.time values straight from the driver (JDBC 4.2), not through java.sql.Timestamp and
                // the JVM's calendar: that detour was a tenth of a grid page on H2, and it moves a
                // LocalDateTime that falls in the JVM zone's daylight-saving gap. SQLite has its own type.
                settings.applySetting("hibernate.type.java_time_use_direct_jdbc", "true");
            }
            if (spec.readOnly()) {
                confirmReadOnly(pool, spec);
            }
            registry = settings.build();
            MetadataSources sources = new MetadataSources(registry);
            Mapping mapping = contribute(sources, pool, spec, progress);
            MetadataBuilder builder = sources.getMetadataBuilder();
            if (spec.dbms() == Dbms.SQLITE) {
                // Timestamps as SQLAlchemy stores them; see SqliteTimestampJdbcType for why the driver's do not do.
                builder.applyTypes((types, services) -> {
                    types.contributeJdbcType(SqliteTimestampJdbcType.INSTANCE);
                    types.contributeJdbcType(SqliteVarcharJdbcType.INSTANCE);
                    types.contributeJdbcType(SqliteIntegerJdbcType.INSTANCE);
                    types.contributeJdbcType(SqliteBigIntJdbcType.INSTANCE);
                });
                SqliteTimestamps.register(builder); // a column's own form: epoch numbers, a Julian day, another text
            }
            if (spec.dbms() == Dbms.POSTGRESQL) {
                PostgresTypes.register(builder); // json, jsonb and enum types, edited as text
            }
            Metadata metadata = builder.build();
            progress.step("Starting Hibernate (" + entityCount(metadata) + ")");
            factory = (SessionFactoryImplementor) DynamicEntityNames.whileStarting(metadata, metadata::buildSessionFactory);
            progress.step("Building the entity list");
            return new OpenDatabase(spec, server, pool, metadata, factory, mapping);
        } catch (RuntimeException e) {
            // OpenDatabase reads the schema as it starts, so the factory may exist already.
            if (factory != null) {
                factory.close();
            }
            if (registry != null) {
                StandardServiceRegistryBuilder.destroy(registry);
            }
            pool.close();
            throw ConnectionErrors.translate(spec, e, options.timeoutSeconds());
        }
    }

    private static String entityCount(Metadata metadata) {
        int n = metadata.getEntityBindings().size();
        return n == 1 ? "1 entity" : Progress.count(n) + " entities";
    }

    private Mapping contribute(MetadataSources sources, HikariDataSource pool, ConnectionSpec spec, Progress progress) {
        try (Connection connection = pool.getConnection()) {
            return mappingSource.contribute(sources, connection, spec.dbms(), progress);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not read the schema: " + e.getMessage(), e);
        }
    }

    /** A read-only open that the database would not make read-only stops here, before anything could be written. */
    private static void confirmReadOnly(HikariDataSource pool, ConnectionSpec spec) {
        try (Connection connection = pool.getConnection()) {
            ReadOnlySessions.confirm(connection, spec);
        } catch (SQLException e) {
            throw new DatabaseException(DatabaseException.Kind.QUERY_FAILED, "Could not check that the connection is read-only: "
                    + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(ConnectionSpec spec, ConnectOptions options) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rowboat");
        config.setJdbcUrl(spec.connectUrl());
        config.setDataSourceProperties(DriverProperties.of(spec, options));
        config.setUsername(spec.user());
        config.setPassword(spec.password());
        // SQLite serialises writers anyway; a second connection keeps reads going while one waits.
        config.setMaximumPoolSize(spec.dbms() == Dbms.SQLITE ? 2 : 4);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(options.timeout().toMillis());
        config.setInitializationFailTimeout(options.timeout().toMillis());
        if (spec.readOnly()) {
            // The driver's read-only mode (LoginProperties) and the session's own, on every connection of the pool.
            config.setReadOnly(true);
            ReadOnlySessions.sessionStatement(spec.dbms()).ifPresent(config::setConnectionInitSql);
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ConnectionErrors.translate(spec, e, options.timeoutSeconds());
        }
    }
}
