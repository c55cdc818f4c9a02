package dev.rowboat.data.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Where the rows of a to-many association are counted without a join: the table that holds the
 * foreign key back to the owner (the association table of a many-to-many, the target's table of
 * a one-to-many) and that key's column, as Hibernate renders them (quoted where reserved).
 * Counting there reads the key's index alone; joining the owner's table as HQL must cost SQLite
 * more than reading the page itself, and most of that in preparing the statement.
 */
record CountSource(String table, String keyColumn) {

    /**
     * The source for this attribute, when the key is one column that refers to the owner's
     * single-column id (the rows' ids can be bound as they are); else empty, and HQL counts.
     */
    static Optional<CountSource> of(SessionFactoryImplementor factory, String entityName, String attributeName) {
        EntityPersister owner = SqlColumns.persister(factory, entityName);
        if (owner == null || !(owner.findAttributeMapping(attributeName) instanceof PluralAttributeMapping plural)) {
            return Optional.empty();
        }
        ForeignKeyDescriptor key = plural.getKeyDescriptor();
        List<String> keyColumns = columns(key.getKeyPart());
        List<String> referenced = columns(key.getTargetPart());
        if (keyColumns.size() != 1 || !referenced.equals(columns(owner.getIdentifierMapping()))) {
            return Optional.empty();
        }
        return Optional.of(new CountSource(key.getKeyTable(), keyColumns.get(0)));
    }

    /** {@code select key, count(*) from table where <condition on key> group by key}. */
    String query(String condition) {
        return "select " + keyColumn + ", count(*) from " + table + " where " + condition + " group by " + keyColumn;
    }

    private static List<String> columns(ModelPart part) {
        List<String> columns = new ArrayList<>();
        part.forEachSelectable((i, selectable) -> columns.add(selectable.getSelectionExpression()));
        return columns;
    }
}
