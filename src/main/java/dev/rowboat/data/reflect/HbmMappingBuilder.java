package dev.rowboat.data.reflect;

import dev.rowboat.data.sqlite.SqliteTimestampForm;
import dev.rowboat.data.sqlite.SqliteTimestampForms;
import dev.rowboat.schema.Dbms;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.hibernate.boot.jaxb.Origin;
import org.hibernate.boot.jaxb.SourceType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmBagCollectionType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmBasicAttributeType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmColumnType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmCompositeIdType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmCompositeKeyBasicAttributeType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmGeneratorSpecificationType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmHibernateMapping;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmKeyType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmLazyWithExtraEnum;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmLazyWithNoProxyEnum;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmManyToManyCollectionElementType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmManyToOneType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmOneToManyCollectionElementType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmOneToOneType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmRootEntityType;
import org.hibernate.boot.jaxb.hbm.spi.JaxbHbmSimpleIdType;
import org.hibernate.boot.jaxb.spi.Binding;

/**
 * Builds reflected entities as Hibernate's hbm mapping of dynamic-map entities (no class behind
 * them), as the objects Hibernate would read from an hbm.xml document rather than as the document:
 * writing a document only for Hibernate to parse it again (and to build its JAXB context for that,
 * on every open) was about an eighth of opening 200 reflected tables on SQLite, and half of the
 * mapping step of a small schema. The risk, written down: Hibernate
 * 7 deprecates the hbm format (it may go in Hibernate 8); if it does, this class is the one to
 * replace (classes generated at runtime, or the JPA mapping XML's dynamic models, which in 7.2
 * cannot yet take these entities: its transformation of them fails on the identity generator),
 * behind the same {@link dev.rowboat.data.mapping.MappingSource}.
 *
 * <p>A table or column name that is not plain in the database's own case is quoted as the
 * database stores it, so mixed case, spaces and non-ASCII letters reach the SQL intact.
 */
final class HbmMappingBuilder {
    /** Names the mapping in Hibernate's messages, where a document would be named by its file. */
    private static final Origin ORIGIN = new Origin(SourceType.OTHER, "reflected schema");

    private final Dbms dbms;
    private final UnaryOperator<String> storedTable;
    private final BinaryOperator<String> storedColumn;
    private final SqliteTimestampForms timestampForms;
    /** entity name -> its table, for the key columns of one-to-many collections. */
    private final Map<String, String> tables = new HashMap<>();

    /**
     * @param storedTable the name a table has in the database, for a name as the schema reader gives it
     * @param storedColumn the same for a column of a table (table as the schema reader gives it)
     * @param timestampForms the forms SQLite date-time columns keep their values in, each written
     *     back in its own
     */
    HbmMappingBuilder(Dbms dbms, UnaryOperator<String> storedTable, BinaryOperator<String> storedColumn,
                      SqliteTimestampForms timestampForms) {
        this.dbms = dbms;
        this.storedTable = storedTable;
        this.storedColumn = storedColumn;
        this.timestampForms = timestampForms;
    }

    Binding<JaxbHbmHibernateMapping> build(ReflectedModel model) {
        model.entities().forEach(e -> tables.put(e.name(), e.table()));
        JaxbHbmHibernateMapping mapping = new JaxbHbmHibernateMapping();
        model.entities().forEach(e -> mapping.getClazz().add(entity(e)));
        return new Binding<>(mapping, ORIGIN);
    }

    private JaxbHbmRootEntityType entity(ReflectedEntity e) {
        JaxbHbmRootEntityType entity = new JaxbHbmRootEntityType();
        entity.setEntityName(e.name());
        entity.setTable(table(e.table()));
        if (e.compositeKey()) {
            entity.setCompositeId(compositeId(e));
        } else {
            entity.setId(id(e, e.key().get(0)));
        }
        for (ReflectedEntity.Column c : e.columns()) {
            entity.getAttributes().add(property(e, c));
        }
        for (ReflectedEntity.ToOne t : e.toOnes()) {
            entity.getAttributes().add(toOne(e, t));
        }
        for (ReflectedEntity.Inverse i : e.inverses()) {
            entity.getAttributes().add(i.oneToOne() ? inverseOneToOne(i) : oneToMany(i));
        }
        for (ReflectedEntity.ManyToMany m : e.manyToMany()) {
            entity.getAttributes().add(manyToMany(m));
        }
        return entity;
    }

    private JaxbHbmSimpleIdType id(ReflectedEntity e, ReflectedEntity.Column c) {
        JaxbHbmSimpleIdType id = new JaxbHbmSimpleIdType();
        id.setName(c.attribute());
        id.setColumnAttribute(column(e.table(), c.column()));
        id.setTypeAttribute(type(e.table(), c));
        JaxbHbmGeneratorSpecificationType generator = new JaxbHbmGeneratorSpecificationType();
        generator.setClazz(c.generated() ? "identity" : "assigned");
        id.setGenerator(generator);
        return id;
    }

    private JaxbHbmBasicAttributeType property(ReflectedEntity e, ReflectedEntity.Column c) {
        JaxbHbmBasicAttributeType property = new JaxbHbmBasicAttributeType();
        property.setName(c.attribute());
        property.setColumnAttribute(column(e.table(), c.column()));
        property.setTypeAttribute(type(e.table(), c));
        property.setLength(c.type().length());
        if (c.type().precision() != null && c.type().scale() != null) {
            property.setPrecision(c.type().precision().toString());
            property.setScale(c.type().scale().toString());
        }
        if (!c.nullable()) {
            property.setNotNull(true);
        }
        if (c.readOnlyReason() != null || c.generated()) {
            property.setInsert(false);
            property.setUpdate(false);
        }
        property.setUniqueKey(c.uniqueKey());
        return property;
    }

    private JaxbHbmManyToOneType toOne(ReflectedEntity e, ReflectedEntity.ToOne t) {
        JaxbHbmManyToOneType toOne = new JaxbHbmManyToOneType();
        toOne.setName(t.attribute());
        if (t.columns().size() == 1) {
            toOne.setColumnAttribute(column(e.table(), t.column()));
        } else {
            t.columns().forEach(name -> toOne.getColumnOrFormula().add(columnElement(e.table(), name)));
        }
        toOne.setEntityName(t.target());
        toOne.setLazy(JaxbHbmLazyWithNoProxyEnum.PROXY);
        if (t.unique()) {
            toOne.setUnique(true);
        }
        if (!t.nullable()) {
            toOne.setNotNull(true);
        }
        if (t.sharesColumns()) {
            // Another attribute writes (some of) its columns: a key part, a key of one column. Not a
            // derived identity (a key-many-to-one in the composite id): the id would then hold the
            // target row instead of values, where the grids, go-to-id and the save name rows by values.
            toOne.setInsert(false);
            toOne.setUpdate(false);
        }
        // constraint names are declared, never created (nothing here writes DDL): refusals name them
        toOne.setForeignKey(t.foreignKey());
        toOne.setUniqueKey(t.uniqueKey());
        return toOne;
    }

    private static JaxbHbmOneToOneType inverseOneToOne(ReflectedEntity.Inverse i) {
        JaxbHbmOneToOneType oneToOne = new JaxbHbmOneToOneType();
        oneToOne.setName(i.attribute());
        oneToOne.setEntityName(i.source());
        oneToOne.setPropertyRef(i.sourceToOne());
        return oneToOne;
    }

    private JaxbHbmBagCollectionType oneToMany(ReflectedEntity.Inverse i) {
        JaxbHbmBagCollectionType bag = new JaxbHbmBagCollectionType();
        bag.setName(i.attribute());
        bag.setInverse(true);
        bag.setLazy(JaxbHbmLazyWithExtraEnum.EXTRA);
        JaxbHbmKeyType key = new JaxbHbmKeyType();
        if (i.columns().size() == 1) {
            key.setColumnAttribute(column(tables.get(i.source()), i.columns().get(0)));
        } else {
            i.columns().forEach(name -> key.getColumn().add(columnElement(tables.get(i.source()), name)));
        }
        bag.setKey(key);
        JaxbHbmOneToManyCollectionElementType element = new JaxbHbmOneToManyCollectionElementType();
        element.setEntityName(i.source());
        bag.setOneToMany(element);
        return bag;
    }

    private JaxbHbmBagCollectionType manyToMany(ReflectedEntity.ManyToMany m) {
        JaxbHbmBagCollectionType bag = new JaxbHbmBagCollectionType();
        bag.setName(m.attribute());
        bag.setTable(table(m.linkTable()));
        if (!m.owning()) {
            bag.setInverse(true);
        }
        bag.setLazy(JaxbHbmLazyWithExtraEnum.EXTRA);
        // a key of several columns in the order of the key it refers to, as a to-one's (see toOne)
        JaxbHbmKeyType key = new JaxbHbmKeyType();
        JaxbHbmManyToManyCollectionElementType element = new JaxbHbmManyToManyCollectionElementType();
        if (m.keyColumns().size() == 1) {
            key.setColumnAttribute(column(m.linkTable(), m.keyColumns().get(0)));
        } else {
            m.keyColumns().forEach(name -> key.getColumn().add(columnElement(m.linkTable(), name)));
        }
        if (m.otherColumns().size() == 1) {
            element.setColumnAttribute(column(m.linkTable(), m.otherColumns().get(0)));
        } else {
            m.otherColumns().forEach(name -> element.getColumnOrFormula().add(columnElement(m.linkTable(), name)));
        }
        element.setEntityName(m.target());
        if (m.owning()) { // declared once, by the side that writes the links
            key.setForeignKey(m.keyForeignKey());
            element.setForeignKey(m.otherForeignKey());
        }
        bag.setKey(key);
        bag.setManyToMany(element);
        return bag;
    }

    /**
     * A key of several columns as Hibernate's "virtual" composite id: no name and no class, so its
     * parts are plain attributes of the entity's map ({@code e.orderId} in HQL, a key of the map
     * that is persisted), and the map itself is the id that {@code session.get} is given. A named
     * component instead would nest the parts in a map of their own ({@code e.id.orderId}), a second
     * spelling of every key column for the catalog, the grids and the save to translate. Its values
     * are always assigned: Hibernate generates no part of a composite id.
     */
    private JaxbHbmCompositeIdType compositeId(ReflectedEntity e) {
        JaxbHbmCompositeIdType id = new JaxbHbmCompositeIdType();
        for (ReflectedEntity.Column c : e.key()) {
            JaxbHbmCompositeKeyBasicAttributeType part = new JaxbHbmCompositeKeyBasicAttributeType();
            part.setName(c.attribute());
            part.setColumnAttribute(column(e.table(), c.column()));
            part.setTypeAttribute(type(e.table(), c));
            part.setLength(c.type().length());
            id.getKeyPropertyOrKeyManyToOne().add(part);
        }
        return id;
    }

    /** A column of a key of several columns, in the order of the key it refers to. */
    private JaxbHbmColumnType columnElement(String table, String name) {
        JaxbHbmColumnType column = new JaxbHbmColumnType();
        column.setName(column(table, name));
        return column;
    }

    /** The basic type of a column: its own form's where it is a SQLite date-time kept in another form than SQLAlchemy's. */
    private String type(String table, ReflectedEntity.Column c) {
        return timestampForms.of(table, c.column()).filter(form -> form != SqliteTimestampForm.TEXT_MICROS)
                .map(SqliteTimestampForm::typeName).orElseGet(() -> ReflectedTypes.hibernateType(c.type(), dbms, c.textRule()));
    }

    private String table(String name) {
        return sqlName(storedTable.apply(name));
    }

    private String column(String table, String name) {
        return sqlName(storedColumn.apply(table, name));
    }

    /**
     * A name as SQL must write it: plain where the database folds a plain name to exactly the
     * stored one (so the SQL a person previews reads as they would write it; Hibernate still
     * quotes keywords such as user), else quoted: mixed case, spaces, non-ASCII letters.
     */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private String sqlName(String stored) {
        boolean plain = PLAIN.matcher(stored).matches();
        String lower = stored.toLowerCase(Locale.ROOT);
        String upper = stored.toUpperCase(Locale.ROOT);
        return switch (dbms) {
            case H2 -> plain && stored.equals(upper) ? lower : "`" + stored + "`";
            case POSTGRESQL -> plain && stored.equals(lower) ? stored : "`" + stored + "`";
            case SQLITE, MARIADB -> plain ? stored : "`" + stored + "`";
        };
    }
}
