package dev.rowboat.data.reflect;

import dev.rowboat.data.sqlite.SqliteTimestampForm;
import dev.rowboat.data.sqlite.SqliteTimestampForms;
import dev.rowboat.schema.Dbms;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

/**
 * Writes reflected entities as a Hibernate mapping document of dynamic-map entities (no class
 * behind them). The risk, written down: Hibernate 7 deprecates this hbm.xml format (it is
 * translated into its newer mapping model at boot, and may go in Hibernate 8); if it does, this
 * class is the one to replace (classes generated at runtime, or the JPA mapping XML's dynamic
 * models), behind the same {@link dev.rowboat.data.mapping.MappingSource}.
 *
 * <p>A table or column name that is not plain in the database's own case is quoted as the
 * database stores it, so mixed case, spaces and non-ASCII letters reach the SQL intact.
 */
final class HbmMappingWriter {
    private final Dbms dbms;
    private final UnaryOperator<String> storedTable;
    private final BinaryOperator<String> storedColumn;
    private final SqliteTimestampForms timestampForms;
    private final StringBuilder xml = new StringBuilder();
    /** entity name -> its table, for the key columns of one-to-many collections. */
    private final java.util.Map<String, String> tables = new java.util.HashMap<>();

    /**
     * @param storedTable the name a table has in the database, for a name as the schema reader gives it
     * @param storedColumn the same for a column of a table (table as the schema reader gives it)
     * @param timestampForms the forms SQLite date-time columns keep their values in, each written
     *     back in its own
     */
    HbmMappingWriter(Dbms dbms, UnaryOperator<String> storedTable, BinaryOperator<String> storedColumn,
                     SqliteTimestampForms timestampForms) {
        this.dbms = dbms;
        this.storedTable = storedTable;
        this.storedColumn = storedColumn;
        this.timestampForms = timestampForms;
    }

    String write(ReflectedModel model) {
        model.entities().forEach(e -> tables.put(e.name(), e.table()));
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<hibernate-mapping xmlns=\"http://www.hibernate.org/xsd/orm/hbm\">\n");
        model.entities().forEach(this::entity);
        xml.append("</hibernate-mapping>\n");
        return xml.toString();
    }

    private void entity(ReflectedEntity e) {
        xml.append(" <class entity-name=\"").append(attr(e.name())).append("\" table=\"").append(table(e.table())).append("\">\n");
        if (e.compositeKey()) {
            compositeId(e);
        } else {
            ReflectedEntity.Column id = e.key().get(0);
            xml.append("  <id name=\"").append(attr(id.attribute())).append("\" column=\"").append(column(e.table(), id.column()))
                    .append("\" type=\"").append(type(e.table(), id)).append("\"><generator class=\"")
                    .append(id.generated() ? "identity" : "assigned").append("\"/></id>\n");
        }
        for (ReflectedEntity.Column c : e.columns()) {
            xml.append("  <property name=\"").append(attr(c.attribute())).append("\" column=\"").append(column(e.table(), c.column()))
                    .append("\" type=\"").append(type(e.table(), c)).append('"');
            if (c.type().length() != null) {
                xml.append(" length=\"").append(c.type().length()).append('"');
            }
            if (c.type().precision() != null && c.type().scale() != null) {
                xml.append(" precision=\"").append(c.type().precision()).append("\" scale=\"").append(c.type().scale()).append('"');
            }
            if (!c.nullable()) {
                xml.append(" not-null=\"true\"");
            }
            if (c.readOnlyReason() != null || c.generated()) {
                xml.append(" insert=\"false\" update=\"false\"");
            }
            named(" unique-key", c.uniqueKey());
            xml.append("/>\n");
        }
        for (ReflectedEntity.ToOne t : e.toOnes()) {
            xml.append("  <many-to-one name=\"").append(attr(t.attribute())).append('"');
            if (t.columns().size() == 1) {
                xml.append(" column=\"").append(column(e.table(), t.column())).append('"');
            }
            xml.append(" entity-name=\"").append(attr(t.target())).append("\" lazy=\"proxy\"");
            if (t.unique()) {
                xml.append(" unique=\"true\"");
            }
            if (!t.nullable()) {
                xml.append(" not-null=\"true\"");
            }
            if (t.sharesColumns()) {
                // Another attribute writes (some of) its columns: a key part, a key of one column. Not a
                // derived identity (a key-many-to-one in the composite id): the id would then hold the
                // target row instead of values, where the grids, go-to-id and the save name rows by values.
                xml.append(" insert=\"false\" update=\"false\"");
            }
            named(" foreign-key", t.foreignKey());
            named(" unique-key", t.uniqueKey());
            if (t.columns().size() == 1) {
                xml.append("/>\n");
            } else {
                xml.append('>');
                columns(e.table(), t.columns());
                xml.append("</many-to-one>\n");
            }
        }
        for (ReflectedEntity.Inverse i : e.inverses()) {
            if (i.oneToOne()) {
                xml.append("  <one-to-one name=\"").append(attr(i.attribute())).append("\" entity-name=\"").append(attr(i.source()))
                        .append("\" property-ref=\"").append(attr(i.sourceToOne())).append("\"/>\n");
            } else {
                xml.append("  <bag name=\"").append(attr(i.attribute())).append("\" inverse=\"true\" lazy=\"extra\"><key");
                if (i.columns().size() == 1) {
                    xml.append(" column=\"").append(column(tables.get(i.source()), i.columns().get(0))).append("\"/>");
                } else {
                    xml.append('>');
                    columns(tables.get(i.source()), i.columns());
                    xml.append("</key>");
                }
                xml.append("<one-to-many entity-name=\"").append(attr(i.source())).append("\"/></bag>\n");
            }
        }
        for (ReflectedEntity.ManyToMany m : e.manyToMany()) {
            xml.append("  <bag name=\"").append(attr(m.attribute())).append("\" table=\"").append(table(m.linkTable())).append('"')
                    .append(m.owning() ? "" : " inverse=\"true\"").append(" lazy=\"extra\"><key column=\"")
                    .append(column(m.linkTable(), m.keyColumn())).append('"');
            if (m.owning()) { // declared once, by the side that writes the links
                named(" foreign-key", m.keyForeignKey());
            }
            xml.append("/><many-to-many column=\"").append(column(m.linkTable(), m.otherColumn())).append("\" entity-name=\"")
                    .append(attr(m.target())).append('"');
            if (m.owning()) {
                named(" foreign-key", m.otherForeignKey());
            }
            xml.append("/></bag>\n");
        }
        xml.append(" </class>\n");
    }

    /**
     * A key of several columns as Hibernate's "virtual" composite id: no name and no class, so its
     * parts are plain attributes of the entity's map ({@code e.orderId} in HQL, a key of the map
     * that is persisted), and the map itself is the id that {@code session.get} is given. A named
     * component instead would nest the parts in a map of their own ({@code e.id.orderId}), a second
     * spelling of every key column for the catalog, the grids and the save to translate. Its values
     * are always assigned: Hibernate generates no part of a composite id.
     */
    private void compositeId(ReflectedEntity e) {
        xml.append("  <composite-id>\n");
        for (ReflectedEntity.Column c : e.key()) {
            xml.append("   <key-property name=\"").append(attr(c.attribute())).append("\" column=\"").append(column(e.table(), c.column()))
                    .append("\" type=\"").append(type(e.table(), c)).append('"');
            if (c.type().length() != null) {
                xml.append(" length=\"").append(c.type().length()).append('"');
            }
            xml.append("/>\n");
        }
        xml.append("  </composite-id>\n");
    }

    /** A key's columns as elements, in the order of the key they refer to. */
    private void columns(String table, java.util.List<String> names) {
        for (String name : names) {
            xml.append("<column name=\"").append(column(table, name)).append("\"/>");
        }
    }

    /** The basic type of a column: its own form's where it is a SQLite date-time kept in another form than SQLAlchemy's. */
    private String type(String table, ReflectedEntity.Column c) {
        return timestampForms.of(table, c.column()).filter(form -> form != SqliteTimestampForm.TEXT_MICROS)
                .map(SqliteTimestampForm::typeName).orElseGet(() -> ReflectedTypes.hibernateType(c.type(), dbms, c.textRule()));
    }

    /** Declares a constraint's name (refusals name it), never created: nothing here writes DDL. */
    private void named(String attribute, String name) {
        if (name != null) {
            xml.append(attribute).append("=\"").append(attr(name)).append('"');
        }
    }

    private String table(String name) {
        return attr(sqlName(storedTable.apply(name)));
    }

    private String column(String table, String name) {
        return attr(sqlName(storedColumn.apply(table, name)));
    }

    /**
     * A name as SQL must write it: plain where the database folds a plain name to exactly the
     * stored one (so the SQL a person previews reads as they would write it; Hibernate still
     * quotes keywords such as user), else quoted: mixed case, spaces, non-ASCII letters.
     */
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private String sqlName(String stored) {
        boolean plain = PLAIN.matcher(stored).matches();
        String lower = stored.toLowerCase(java.util.Locale.ROOT);
        String upper = stored.toUpperCase(java.util.Locale.ROOT);
        return switch (dbms) {
            case H2 -> plain && stored.equals(upper) ? lower : "`" + stored + "`";
            case POSTGRESQL -> plain && stored.equals(lower) ? stored : "`" + stored + "`";
            case SQLITE, MARIADB -> plain ? stored : "`" + stored + "`";
        };
    }

    private static String attr(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
