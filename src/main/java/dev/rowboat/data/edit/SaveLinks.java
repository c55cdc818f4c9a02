package dev.rowboat.data.edit;

import dev.rowboat.data.edit.RefusalParts.Rule;
import dev.rowboat.data.edit.SaveStatement.Bind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.metamodel.mapping.Association;
import org.hibernate.metamodel.mapping.ForeignKeyDescriptor;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;

/**
 * The association-table statements of {@link AssociationEdit}s: INSERT for a link, DELETE for an
 * unlink, with the table and join columns taken from Hibernate's collection mapping (so either
 * side of a many-to-many works, {@code mappedBy} or not), and values bound with the binders of the
 * two entities' ids. A side's key of several columns ({@code shipment_part(region, num, maker,
 * code)}) is written column by column, each paired with the key column it holds. Also says in
 * words why the database refused one.
 */
final class SaveLinks {
    private SaveLinks() {
    }

    /**
     * The association table and its columns as seen from the owner's side.
     *
     * @param ownerColumns the columns that hold the owner's key, one per key column
     * @param targetColumns those that hold the target's key
     */
    record JoinTable(String table, List<Pair> ownerColumns, List<Pair> targetColumns, SaveTable owner, SaveTable target) {
    }

    /** A column of the association table and the key column of a side's table whose values it holds. */
    record Pair(String column, SaveColumn key) {
    }

    /** The join table of a many-to-many attribute, or empty when the attribute is no many-to-many. */
    static Optional<JoinTable> of(SaveTables tables, String entity, String association) {
        Optional<SaveTable> owner = tables.find(entity);
        if (owner.isEmpty() || !(owner.get().persister().findAttributeMapping(association) instanceof PluralAttributeMapping plural)
                || !(plural.getCollectionDescriptor() instanceof AbstractCollectionPersister collection) || !collection.isManyToMany()
                || !(plural.getElementDescriptor() instanceof Association element)) {
            return Optional.empty();
        }
        String targetEntity = owner.get().info().attribute(association).map(a -> a.targetEntity()).orElse(null);
        Optional<SaveTable> target = tables.find(targetEntity);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<Pair> ownerColumns = pairs(plural.getKeyDescriptor(), owner.get());
        List<Pair> targetColumns = pairs(element.getForeignKeyDescriptor(), target.get());
        return ownerColumns.isEmpty() || targetColumns.isEmpty() ? Optional.empty()
                : Optional.of(new JoinTable(collection.getTableName(), ownerColumns, targetColumns, owner.get(), target.get()));
    }

    /**
     * The association table's columns of one side, each with the key column it refers to, in the
     * side's key order: Hibernate pairs them in an order of its own (by name for a key of several
     * columns), so they are matched by the key column each refers to. Empty where one does not match.
     */
    private static List<Pair> pairs(ForeignKeyDescriptor foreignKey, SaveTable side) {
        List<SelectableMapping> columns = new ArrayList<>();
        List<SelectableMapping> referenced = new ArrayList<>();
        foreignKey.visitKeySelectables((i, s) -> columns.add(s));
        foreignKey.visitTargetSelectables((i, s) -> referenced.add(s));
        List<Pair> pairs = new ArrayList<>();
        for (SaveColumn key : side.key()) {
            for (int i = 0; i < referenced.size(); i++) {
                if (referenced.get(i).getSelectionExpression().equals(key.sql())) {
                    pairs.add(new Pair(columns.get(i).getSelectionExpression(), key));
                }
            }
        }
        return pairs.size() == side.key().size() && columns.size() == pairs.size() ? pairs : List.of();
    }

    static SaveStatement statement(int index, AssociationEdit edit, JoinTable join) {
        // A link reads both rows, so one that someone else deleted inserts nothing (and is reported)
        // also where foreign keys are not enforced, as on SQLite without its pragma; and it inserts
        // nothing where the link is there already, so an association table without a key never
        // holds a pair twice.
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<String> named = new ArrayList<>();
        List<String> same = new ArrayList<>();
        List<Bind> binds = new ArrayList<>();
        for (boolean owner : new boolean[] {true, false}) {
            String alias = owner ? "o." : "t.";
            SaveTable side = owner ? join.owner() : join.target();
            Object id = owner ? edit.ownerId() : edit.targetId();
            for (Pair pair : owner ? join.ownerColumns() : join.targetColumns()) {
                columns.add(pair.column());
                values.add(alias + pair.key().sql());
                named.add((edit instanceof LinkRow ? alias + pair.key().sql() : pair.column()) + " = ?");
                same.add("j." + pair.column() + " = " + alias + pair.key().sql());
                binds.add(bind(side, pair.key(), id));
            }
        }
        String sql = edit instanceof LinkRow
                ? "INSERT INTO " + join.table() + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values)
                        + " FROM " + join.owner().sql() + " o, " + join.target().sql() + " t WHERE " + String.join(" AND ", named)
                        + " AND NOT EXISTS (SELECT 1 FROM " + join.table() + " j WHERE " + String.join(" AND ", same) + ")"
                : "DELETE FROM " + join.table() + " WHERE " + String.join(" AND ", named);
        return new SaveStatement(index, sql, binds);
    }

    /** One key column's value of a side's row: of its id, or of the id a new row gets once inserted. */
    private static Bind bind(SaveTable side, SaveColumn key, Object id) {
        if (id instanceof NewRowRef) {
            return new Bind(key, id, side.id() == null ? side.key().indexOf(key) : -1);
        }
        return new Bind(key, ValueCheck.normalize(key, side.keyValue(id, key)));
    }

    /** What a person reads when the database refused a link or an unlink. */
    static RowProblem refusal(int index, AssociationEdit edit, Throwable failure) {
        String owner = RefusalMessages.humanName(edit.entity()) + " " + shown(edit.ownerId());
        String target = "#" + shown(edit.targetId());
        Rule rule = RefusalParts.of(failure, edit instanceof UnlinkRow).rule();
        String message = switch (rule) {
            case UNIQUE -> alreadyLinked(owner, edit);
            case MISSING_TARGET -> missing(owner, edit);
            default -> "The database refused to " + (edit instanceof LinkRow ? "link " : "unlink ") + target + " in "
                    + owner + "'s " + edit.association() + ": " + SaveErrors.plainMessage(failure);
        };
        return new RowProblem(index, RowProblem.Kind.CONSTRAINT, edit.association(), message, null);
    }

    /**
     * A link to a row that is gone or to one linked already, an unlink of a link that is gone, or a
     * statement that touched several rows.
     *
     * @param linked whether the pair is in the association table now: a link that inserted nothing
     *     because someone else linked it meanwhile, rather than because a row is gone
     */
    static RowProblem wrongCount(int index, AssociationEdit edit, int count, boolean linked) {
        String owner = RefusalMessages.humanName(edit.entity()) + " " + shown(edit.ownerId());
        if (edit instanceof LinkRow && count == 0) {
            return new RowProblem(index, RowProblem.Kind.CONFLICT, edit.association(), linked ? alreadyLinked(owner, edit) : missing(owner, edit), null);
        }
        String message = count == 0
                ? "The " + owner + " is no longer linked to #" + shown(edit.targetId()) + " in " + edit.association()
                        + ": someone else unlinked it after you read it."
                : "Unlinking #" + shown(edit.targetId()) + " from the " + owner + " would remove " + count
                        + " association rows instead of one; nothing was saved.";
        return new RowProblem(index, count == 0 ? RowProblem.Kind.CONFLICT : RowProblem.Kind.CONSTRAINT, edit.association(), message, null);
    }

    private static String alreadyLinked(String owner, AssociationEdit edit) {
        return "The " + owner + " is already linked to #" + shown(edit.targetId()) + " in " + edit.association()
                + " (someone may have linked it meanwhile); undo this link.";
    }

    private static String missing(String owner, AssociationEdit edit) {
        return "The " + owner + " or #" + shown(edit.targetId()) + " no longer exists (someone else may have deleted it),"
                + " so they cannot be linked in " + edit.association() + ".";
    }

    private static String shown(Object id) {
        return id instanceof NewRowRef ref ? "(new #" + ref.newRowNumber() + ")" : String.valueOf(id);
    }
}
