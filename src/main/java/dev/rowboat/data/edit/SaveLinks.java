package dev.rowboat.data.edit;

import dev.rowboat.data.edit.RefusalParts.Rule;
import dev.rowboat.data.edit.SaveStatement.Bind;
import java.util.List;
import java.util.Optional;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.persister.collection.AbstractCollectionPersister;

/**
 * The association-table statements of {@link AssociationEdit}s: INSERT for a link, DELETE for an
 * unlink, with the table and join columns taken from Hibernate's collection mapping (so either
 * side of a many-to-many works, {@code mappedBy} or not), and values bound with the binders of the
 * two entities' ids. Also says in words why the database refused one.
 */
final class SaveLinks {
    private SaveLinks() {
    }

    /** The association table and its two columns as seen from the owner's side. */
    record JoinTable(String table, String ownerColumn, String targetColumn, SaveTable owner, SaveTable target) {
    }

    /** The join table of a many-to-many attribute, or empty when the attribute is no many-to-many. */
    static Optional<JoinTable> of(SaveTables tables, String entity, String association) {
        Optional<SaveTable> owner = tables.find(entity);
        if (owner.isEmpty() || !(owner.get().persister().findAttributeMapping(association) instanceof PluralAttributeMapping plural)
                || !(plural.getCollectionDescriptor() instanceof AbstractCollectionPersister collection) || !collection.isManyToMany()
                || collection.getKeyColumnNames().length != 1 || collection.getElementColumnNames().length != 1) {
            return Optional.empty();
        }
        String targetEntity = owner.get().info().attribute(association).map(a -> a.targetEntity()).orElse(null);
        return tables.find(targetEntity).map(target -> new JoinTable(collection.getTableName(),
                collection.getKeyColumnNames()[0], collection.getElementColumnNames()[0], owner.get(), target));
    }

    static SaveStatement statement(int index, AssociationEdit edit, JoinTable join) {
        // A link reads both rows, so one that someone else deleted inserts nothing (and is reported)
        // also where foreign keys are not enforced, as on SQLite without its pragma; and it inserts
        // nothing where the link is there already, so an association table without a key never
        // holds a pair twice.
        String ownerId = "o." + join.owner().id().sql();
        String targetId = "t." + join.target().id().sql();
        String sql = edit instanceof LinkRow
                ? "INSERT INTO " + join.table() + " (" + join.ownerColumn() + ", " + join.targetColumn() + ") SELECT " + ownerId + ", "
                        + targetId + " FROM " + join.owner().sql() + " o, " + join.target().sql() + " t WHERE " + ownerId + " = ? AND "
                        + targetId + " = ? AND NOT EXISTS (SELECT 1 FROM " + join.table() + " j WHERE j." + join.ownerColumn() + " = "
                        + ownerId + " AND j." + join.targetColumn() + " = " + targetId + ")"
                : "DELETE FROM " + join.table() + " WHERE " + join.ownerColumn() + " = ? AND " + join.targetColumn() + " = ?";
        return new SaveStatement(index, sql, List.of(
                new Bind(join.owner().id(), ValueCheck.normalize(join.owner().id(), edit.ownerId())),
                new Bind(join.target().id(), ValueCheck.normalize(join.target().id(), edit.targetId()))));
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
