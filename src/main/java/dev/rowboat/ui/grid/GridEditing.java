package dev.rowboat.ui.grid;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.IdText;
import dev.rowboat.data.paging.Key;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.paging.ValueParser;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.edit.Edits;
import dev.rowboat.ui.edit.NewRowId;
import dev.rowboat.ui.edit.RowRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.StringProperty;

/**
 * Editing one entity's grid: every change becomes an undoable command on the connection's
 * pending edits; nothing reaches the database before Save.
 */
public final class GridEditing {
    private final EntityInfo entity;
    private final ChangesViewModel changes;
    private final StringProperty message;
    private final Function<String, Optional<EntityInfo>> entities;
    private ReferencePicker picker;

    /** Opens the picker of a to-one cell; the grid's view sets it, having the window to open it over. */
    public interface ReferencePicker {
        void open(Row row, AttributeInfo attribute, String typed);
    }

    /** @param entities the catalog's entities by name, for the ids of the rows to-one cells point at */
    GridEditing(EntityInfo entity, ChangesViewModel changes, StringProperty message, Function<String, Optional<EntityInfo>> entities) {
        this.entity = entity;
        this.changes = changes;
        this.message = message;
        this.entities = entities;
    }

    public EntityInfo entity() {
        return entity;
    }

    public static boolean isNew(Row row) {
        return row.id() instanceof NewRowId;
    }

    public RowRef refOf(Row row) {
        return row.id() instanceof NewRowId n ? RowRef.added(entity.name(), n.number()) : RowRef.existing(entity.name(), row.id());
    }

    /**
     * Whether a person may type into this column: values and to-one links; ids are the database's,
     * except a composite key's parts, which a new row needs (see {@link #canEdit(Row, AttributeInfo)}).
     */
    public boolean canEdit(AttributeInfo attribute) {
        return mayChangeRows() && attribute.readOnlyReason() == null
                && (attribute.kind() == AttributeKind.BASIC || attribute.kind() == AttributeKind.TO_ONE || isKeyPart(attribute));
    }

    /**
     * Whether a person may type into this cell: a composite key's parts only in a new row. An
     * existing row keeps its key, which other rows and the pending edits know it by.
     */
    public boolean canEdit(Row row, AttributeInfo attribute) {
        return canEdit(attribute) && (!isKeyPart(attribute) || isNew(row));
    }

    /** A part of a composite key: typed in for a new row, as no database generates it. */
    public boolean isKeyPart(AttributeInfo attribute) {
        return attribute.kind() == AttributeKind.ID && entity.compositeId();
    }

    /** What the cell shows: the pending value if there is one. */
    public Object valueOf(Row row, int index) {
        AttributeInfo attribute = entity.attributes().get(index);
        if (attribute.kind() == AttributeKind.TO_MANY && row.cells().get(index) instanceof dev.rowboat.data.paging.CountValue read) {
            var links = changes.pending().links(refOf(row), attribute.name());
            if (!links.isEmpty()) {
                int added = (int) links.stream().filter(dev.rowboat.ui.edit.PendingLink::link).count();
                return new dev.rowboat.ui.edit.PendingCount(read, added, links.size() - added);
            }
        }
        RowRef ref = refOf(row);
        Object value = changes.pending().valueOf(ref, attribute.name(), row.cells().get(index));
        return value == null && isNew(row) && !changes.pending().hasValue(ref, attribute.name()) ? sharedValue(ref, attribute) : value;
    }

    /**
     * A new row's key part left empty shows the id of the link picked for its column (an order
     * line's order_id, its order's), and a link left empty the key part typed for it: they are one
     * column, which Save writes from whichever was given (and refuses where both disagree). Null
     * where neither was given, or the link's target has a key of several columns.
     */
    private Object sharedValue(RowRef ref, AttributeInfo attribute) {
        boolean link = attribute.kind() == AttributeKind.TO_ONE && entities.apply(attribute.targetEntity()).map(t -> !t.compositeId()).orElse(false);
        if (attribute.column() == null || !link && !isKeyPart(attribute)) {
            return null;
        }
        for (AttributeInfo other : entity.attributes()) {
            if (other == attribute || !attribute.column().equalsIgnoreCase(String.valueOf(other.column()))
                    || !changes.pending().hasValue(ref, other.name())) {
                continue;
            }
            Object given = changes.pending().valueOf(ref, other.name(), null);
            if (link && isKeyPart(other) && given != null) {
                return new RefValue(attribute.targetEntity(), given, null);
            }
            if (isKeyPart(attribute) && other.kind() == AttributeKind.TO_ONE && given instanceof RefValue picked
                    && !(picked.id() instanceof NewRowId) && !(picked.id() instanceof dev.rowboat.data.catalog.CompositeId)) {
                return picked.id();
            }
        }
        return null;
    }

    /** Whether this attribute is a many-to-many of this entity, whose rows are linked and unlinked. */
    public boolean isLinkable(AttributeInfo attribute) {
        return entity.available() && attribute.kind() == AttributeKind.TO_MANY && attribute.joinTable() != null;
    }

    /** Whether rows can be linked and unlinked through this attribute now: not on a read-only connection. */
    public boolean canLink(AttributeInfo attribute) {
        return isLinkable(attribute) && !readOnly();
    }

    /** Whether the connection is read-only: no cell, row or link of any grid changes. */
    public boolean readOnly() {
        return changes.readOnly();
    }

    /** Whether rows of this entity may be added, changed and deleted: an editable entity on a writable connection. */
    public boolean mayChangeRows() {
        return entity.editable() && !readOnly();
    }

    /** The pending edits of this connection, for the link dialog. */
    public ChangesViewModel changes() {
        return changes;
    }

    public boolean isChanged(Row row, AttributeInfo attribute) {
        return changes.pending().isChanged(refOf(row), attribute.name());
    }

    /** A new row's attribute the person left alone: the database or the model fills it on Save. */
    public boolean isFilledOnSave(Row row, AttributeInfo attribute) {
        return isNew(row) && !changes.pending().hasValue(refOf(row), attribute.name());
    }

    public boolean isDeleted(Row row) {
        return changes.pending().isDeleted(refOf(row));
    }

    public Optional<String> problem(Row row, AttributeInfo attribute) {
        return changes.pending().problem(refOf(row), attribute == null ? null : attribute.name());
    }

    /** Sets a cell from typed text: empty text is the empty string for text columns, else NULL. */
    public boolean edit(Row row, AttributeInfo attribute, String text) {
        Object value;
        try {
            value = parse(attribute, text);
        } catch (DatabaseException e) {
            message.set(e.getMessage());
            return false;
        }
        return set(row, attribute, value);
    }

    public void setReferencePicker(ReferencePicker picker) {
        this.picker = picker;
    }

    /**
     * Starts choosing the target of a to-one cell with the picker, seeded with what the person
     * typed; false when there is no picker (the id is then typed into the cell).
     */
    public boolean pickReference(Row row, AttributeInfo attribute, String typed) {
        if (picker == null || attribute.kind() != AttributeKind.TO_ONE || !canEdit(attribute) || isDeleted(row)) {
            return false;
        }
        picker.open(row, attribute, typed);
        return true;
    }

    /** Points a to-one cell at a row (its id and label, as the picker found it), or at nothing. */
    public boolean setReference(Row row, AttributeInfo attribute, RefValue target) {
        return attribute.kind() == AttributeKind.TO_ONE && set(row, attribute, target);
    }

    /** Binary content, e.g. loaded from a file. */
    public boolean setBytes(Row row, AttributeInfo attribute, byte[] bytes) {
        return attribute.javaType() == byte[].class && set(row, attribute, bytes);
    }

    /** NULL, which is not the same as empty text. */
    public boolean setNull(Row row, AttributeInfo attribute) {
        return set(row, attribute, null);
    }

    private boolean set(Row row, AttributeInfo attribute, Object value) {
        if (!canEdit(row, attribute) || isDeleted(row)) {
            return false;
        }
        int index = entity.attributes().indexOf(attribute);
        Object read = row.cells().get(index);
        Object current = changes.pending().valueOf(refOf(row), attribute.name(), read);
        if (java.util.Objects.deepEquals(plain(current), plain(value))) {
            return false;
        }
        changes.execute(Edits.setCell(changes.pending(), refOf(row), attribute.name(), read, value));
        return true;
    }

    public void addRow() {
        if (mayChangeRows()) {
            changes.execute(Edits.addRow(changes.pending(), entity.name(), Map.of(), "add " + entity.name()));
        }
    }

    /** A new row with the same values, except the id (the database gives one) and to-many links. */
    public void duplicate(Row row) {
        if (!mayChangeRows()) {
            return;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < entity.attributes().size(); i++) {
            AttributeInfo attribute = entity.attributes().get(i);
            if (canEdit(attribute)) {
                values.put(attribute.name(), valueOf(row, i));
            }
        }
        changes.execute(Edits.addRow(changes.pending(), entity.name(), values, "duplicate " + entity.name()));
    }

    public void delete(List<Row> selected) {
        List<Row> targets = selected.stream().filter(r -> !isDeleted(r)).distinct().toList();
        if (targets.isEmpty() || !mayChangeRows()) {
            return;
        }
        List<RowRef> refs = targets.stream().map(this::refOf).toList();
        List<Map<String, Object>> read = new ArrayList<>();
        for (Row row : targets) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < entity.attributes().size(); i++) {
                AttributeInfo attribute = entity.attributes().get(i);
                if (attribute.kind() == AttributeKind.BASIC) {
                    values.put(attribute.name(), row.cells().get(i));
                }
            }
            read.add(values);
        }
        changes.execute(Edits.deleteRows(changes.pending(), refs, read));
    }

    /** Grid rows for this entity's pending new rows, newest first. */
    List<Row> newRows() {
        List<Row> result = new ArrayList<>();
        List<RowRef> refs = new ArrayList<>(changes.pending().newRows(entity.name()));
        java.util.Collections.reverse(refs);
        for (RowRef ref : refs) {
            Object[] cells = new Object[entity.attributes().size()];
            Arrays.fill(cells, null);
            result.add(new Row(new Key(null, new NewRowId(ref.newRowNumber())), Arrays.asList(cells)));
        }
        return result;
    }

    /** The text an editor starts with. */
    public String editText(Row row, int index) {
        Object value = valueOf(row, index);
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return dev.rowboat.data.paging.ValueParser.hex(bytes);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value instanceof RefValue link ? String.valueOf(link.id()) : GridCell.format(value);
    }

    /** A typed text as the attribute's value, as {@link #edit} takes it. @throws DatabaseException when it is not one */
    Object parse(AttributeInfo attribute, String text) {
        if (attribute.kind() == AttributeKind.TO_ONE) {
            if (text.isBlank()) {
                return null;
            }
            // a row of several key columns is typed as go to id takes it, its values separated by commas
            Optional<EntityInfo> target = entities.apply(attribute.targetEntity()).filter(EntityInfo::compositeId);
            Object id = target.isPresent() ? IdText.parse(target.get(), text.strip()) : parseId(text.strip(), attribute);
            return new RefValue(attribute.targetEntity(), id, null);
        }
        if (text.isBlank() && (!attribute.isText() || attribute.textRule() != null && !attribute.textRule().allows(text))) {
            return null; // no JSON document and no enum value is blank: NULL is what is meant
        }
        return ValueParser.parse(attribute, text);
    }

    private static Object parseId(String text, AttributeInfo attribute) {
        try {
            long id = Long.parseLong(text);
            return id >= Integer.MIN_VALUE && id <= Integer.MAX_VALUE ? (Object) (int) id : (Object) id;
        } catch (NumberFormatException e) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE,
                    "\"" + text + "\" is not the id of a " + attribute.targetEntity() + " (" + attribute.name() + ").");
        }
    }

    private static Object plain(Object value) {
        return value instanceof RefValue link ? link.id() : value;
    }
}
