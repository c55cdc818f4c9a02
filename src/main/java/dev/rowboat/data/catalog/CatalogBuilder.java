package dev.rowboat.data.catalog;

import dev.rowboat.data.mapping.Mapping;
import dev.rowboat.data.mapping.UnmappedTable;
import org.hibernate.dialect.Dialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Builds the {@link EntityCatalog} of an open database: Hibernate's mapping, checked against the
 * live schema so that a database lacking some tables or columns still opens with what it has.
 */
public final class CatalogBuilder {
    private static final List<String> LABEL_NAMES = List.of("username", "name", "title", "label", "email", "code");

    private CatalogBuilder() {
    }

    public static EntityCatalog build(Metadata metadata, SessionFactoryImplementor factory, Connection connection,
                                      Mapping mapping) throws SQLException {
        return build(metadata, factory, connection, mapping, LiveSchema.read(connection));
    }

    /**
     * The catalog as the database opens: checked against the tables the mapping source has just
     * read where it read them (reflection), so the schema is read once; else read here.
     */
    public static EntityCatalog buildAtOpen(Metadata metadata, SessionFactoryImplementor factory, Connection connection,
                                            Mapping mapping) throws SQLException {
        return build(metadata, factory, connection, mapping,
                mapping.tables().isEmpty() ? LiveSchema.read(connection) : LiveSchema.of(mapping.tables()));
    }

    private static EntityCatalog build(Metadata metadata, SessionFactoryImplementor factory, Connection connection,
                                       Mapping mapping, LiveSchema schema) throws SQLException {
        List<MappedEntity> mapped = new MetamodelReader(metadata, factory, mapping).read();
        Set<String> present = new HashSet<>();
        for (MappedEntity entity : mapped) {
            schema.table(entity.table()).ifPresent(t -> present.add(entity.name()));
        }
        List<EntityInfo> entities = new ArrayList<>();
        for (MappedEntity entity : mapped) {
            entities.add(check(entity, schema, present));
        }
        Dialect dialect = factory.getJdbcServices().getDialect();
        for (UnmappedTable table : mapping.unmapped()) {
            entities.add(KeylessEntities.of(table, connection, dialect));
        }
        // one list, mapped and read-only alike, in name order (names never differ by case alone)
        entities.sort(Comparator.comparing(EntityInfo::name, String.CASE_INSENSITIVE_ORDER));
        return new EntityCatalog(entities);
    }

    private static EntityInfo check(MappedEntity entity, LiveSchema schema, Set<String> presentEntities) {
        String table = schema.table(entity.table()).orElse(null);
        if (table == null) {
            return new EntityInfo(entity.name(), entity.table(), false, entity.idInfos(), entity.idInfos().get(0).name(),
                    List.of("table " + entity.table() + " does not exist"));
        }
        List<String> missing = new ArrayList<>();
        List<MappedAttribute> usable = new ArrayList<>();
        for (MappedAttribute attribute : entity.attributes()) {
            String problem = problemOf(attribute, schema, presentEntities);
            if (problem == null) {
                usable.add(attribute);
            } else {
                missing.add(problem);
            }
        }
        List<String> missingIds = entity.ids().stream().filter(id -> schema.column(table, id.checkedColumn()).isEmpty())
                .map(id -> "column " + entity.table() + "." + id.checkedColumn() + " does not exist").toList();
        if (!missingIds.isEmpty()) {
            missing.addAll(0, missingIds);
            return new EntityInfo(entity.name(), table, false, entity.idInfos(), entity.idInfos().get(0).name(), missing);
        }
        usable.sort(displayOrder(schema, table));
        List<AttributeInfo> attributes = new ArrayList<>(entity.idInfos());
        usable.forEach(a -> attributes.add(a.info()));
        return new EntityInfo(entity.name(), table, true, attributes, label(attributes), missing);
    }

    private static String problemOf(MappedAttribute attribute, LiveSchema schema, Set<String> presentEntities) {
        AttributeInfo info = attribute.info();
        if (info.targetEntity() != null && !presentEntities.contains(info.targetEntity())) {
            return info.name() + ": entity " + info.targetEntity() + " has no table";
        }
        if (attribute.checkedTable() != null && schema.table(attribute.checkedTable()).isEmpty()) {
            return info.name() + ": table " + attribute.checkedTable() + " does not exist";
        }
        if (attribute.checkedColumn() != null && schema.column(attribute.checkedTable(), attribute.checkedColumn()).isEmpty()) {
            return info.name() + ": column " + attribute.checkedTable() + "." + attribute.checkedColumn() + " does not exist";
        }
        return null;
    }

    /** Columns in table order, as a database browser shows them; then to-many associations by name. */
    private static Comparator<MappedAttribute> displayOrder(LiveSchema schema, String table) {
        return Comparator.comparingInt((MappedAttribute a) -> a.info().kind() == AttributeKind.TO_MANY ? 1 : 0)
                .thenComparingInt(a -> a.checkedColumn() == null ? Integer.MAX_VALUE
                        : schema.column(table, a.checkedColumn()).orElse(Integer.MAX_VALUE))
                .thenComparing(a -> a.info().name());
    }

    /** A unique string wins, a well-known name first among them; then a well-known name; else the id. */
    private static String label(List<AttributeInfo> attributes) {
        List<AttributeInfo> texts = attributes.stream().filter(a -> a.kind() == AttributeKind.BASIC && a.isText()).toList();
        Comparator<AttributeInfo> byPreference = Comparator.comparingInt(a -> {
            int rank = LABEL_NAMES.indexOf(a.name().toLowerCase(Locale.ROOT));
            return rank < 0 ? LABEL_NAMES.size() : rank;
        });
        return texts.stream().filter(AttributeInfo::unique).min(byPreference)
                .or(() -> texts.stream().filter(a -> LABEL_NAMES.contains(a.name().toLowerCase(Locale.ROOT))).min(byPreference))
                .map(AttributeInfo::name)
                .orElse(attributes.get(0).name());
    }
}
