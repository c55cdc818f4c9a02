package dev.rowboat.ui.transfer;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.RefValue;
import dev.rowboat.data.transfer.ImportEdits;
import dev.rowboat.data.transfer.ImportFiles;
import dev.rowboat.data.transfer.ImportMapping;
import dev.rowboat.data.transfer.ImportProblem;
import dev.rowboat.data.transfer.ImportRows;
import dev.rowboat.data.transfer.ImportTable;
import dev.rowboat.ui.common.Messages;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.edit.ChangesViewModel;
import dev.rowboat.ui.edit.Edits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import preview of one entity: the file read in the background, its columns mapped to the
 * entity's (by name, then as the person chooses), the first rows converted with each cell's
 * problem, the counts of rows that convert and rows refused; Import adds the rows to the unit of
 * work as one undoable step. Nothing is written until Save.
 */
public final class ImportViewModel {
    /** Rows the preview shows; the counts are of the whole file. */
    public static final int PREVIEW_ROWS = 100;
    public static final String SKIP = "(skip)";

    /** Where the preview finds what the unit of work cannot tell it. */
    public interface Target extends ImportEdits.ExistingRows {
        boolean generatedId(String entity);

        /** An open database's: it reads existing rows by key in batches. */
        static Target of(dev.rowboat.data.edit.ImportInserts inserts) {
            return new Target() {
                @Override
                public boolean generatedId(String entity) {
                    return inserts.generatedId(entity);
                }

                @Override
                public Map<Object, Map<String, Object>> find(String entity, List<Object> ids, List<String> attributes) {
                    return inserts.existing(entity, ids, attributes);
                }
            };
        }
    }

    /** One previewed row: the file's texts and, per file column, its problem or null. */
    public record PreviewRow(int line, List<String> cells, List<String> problems) {
    }

    private final EntityInfo entity;
    private final Supplier<EntityCatalog> catalog;
    private final Target target;
    private final ChangesViewModel changes;
    private final TaskExecutor executor;
    private final ObjectProperty<ImportMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final StringProperty format = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final IntegerProperty valid = new SimpleIntegerProperty();
    private final IntegerProperty refused = new SimpleIntegerProperty();
    private final BooleanProperty upsert = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    /** Set once these converted rows are pending, so a second click cannot add them twice. */
    private final BooleanProperty imported = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private ImportTable table;
    private ImportRows converted;

    public ImportViewModel(EntityInfo entity, Supplier<EntityCatalog> catalog, Target target, ChangesViewModel changes,
                           TaskExecutor executor) {
        this.entity = entity;
        this.catalog = catalog;
        this.target = target;
        this.changes = changes;
        // once nothing is pending (the import undone, discarded or saved) the same rows may go in again
        changes.pending().countProperty().addListener((o, old, now) -> {
            if (now.intValue() == 0) {
                imported.set(false);
            }
        });
        this.executor = executor;
    }

    public ObjectProperty<ImportMapping> mappingProperty() { return mapping; }
    public ObservableList<PreviewRow> preview() { return preview; }
    /** "CSV (semicolon)", "JSON". */
    public StringProperty formatProperty() { return format; }
    public StringProperty messageProperty() { return message; }
    /** The outcome and each refused row's line and reason, to read or save. */
    public StringProperty reportProperty() { return report; }
    public IntegerProperty validProperty() { return valid; }
    public IntegerProperty refusedProperty() { return refused; }
    /** Rows whose key exists become changes of those rows instead of new rows. */
    public BooleanProperty upsertProperty() { return upsert; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanProperty importedProperty() { return imported; }
    public DoubleProperty progressProperty() { return progress; }

    public EntityInfo entity() {
        return entity;
    }

    /** What a file column can go to: skip, or an attribute, by name. */
    public List<String> choices() {
        List<String> names = new ArrayList<>(List.of(SKIP));
        ImportMapping.choices(entity, catalog.get()).forEach(a -> names.add(a.name()));
        return names;
    }

    /** Reads the file in the background, maps its columns by name and converts its rows. */
    public void load(Path file, Character delimiter) {
        busy.set(true);
        message.set("Reading " + file.getFileName() + " …");
        executor.submit("Read " + file.getFileName(), cancel -> ImportFiles.read(file, delimiter), read -> {
            table = read;
            format.set(read.format() + ", " + read.rows().size() + " rows");
            mapping.set(ImportMapping.byName(entity, catalog.get(), read.columns()));
            convert();
        }, failure -> {
            busy.set(false);
            message.set(Messages.sentence(failure));
        });
    }

    /** Sends a file column to an attribute by name, or {@link #SKIP}s it; the rows are converted again. */
    public void map(int fileColumn, String attribute) {
        AttributeInfo chosen = SKIP.equals(attribute) || attribute == null ? null : entity.attribute(attribute).orElse(null);
        mapping.set(mapping.get().with(fileColumn, chosen));
        convert();
    }

    public void setUpsert(boolean value) {
        upsert.set(value);
    }

    /** Whether Import can run: rows converted, none running, and for upsert the key in the file. */
    public boolean canImport() {
        return converted != null && !busy.get() && !imported.get() && !converted.rows().isEmpty() && (!upsert.get() || mapping.get().coversKey());
    }

    /**
     * Adds the converted rows to the unit of work in one undoable step (upsert: changes of existing
     * rows read by key in batches); the refused rows stay out, named in the report.
     */
    public void importRows() {
        if (changes.readOnly()) {
            message.set(dev.rowboat.ui.common.WriteGuard.READ_ONLY + ": nothing can be imported.");
            return;
        }
        if (!canImport()) {
            message.set(imported.get() ? "These rows are already pending: Save writes them, Undo takes them back."
                    : upsert.get() && mapping.get() != null && !mapping.get().coversKey()
                    ? "Upsert needs the key of " + entity.name() + " mapped." : "There are no rows to import.");
            return;
        }
        ImportRows rows = converted;
        boolean byKey = upsert.get();
        busy.set(true);
        executor.submit("Import into " + entity.name(), (cancel, steps) -> {
            steps.step("Reading the rows the file's keys name", -1, -1);
            return ImportEdits.of(rows, byKey, target.generatedId(entity.name()), target);
        }, step -> progress.set(step.total() > 0 ? (double) step.done() / step.total() : -1), edits -> {
            busy.set(false);
            imported.set(true);
            changes.execute(Edits.importRows(changes.pending(), entity.name(), edits.inserts().stream().map(this::asCells).toList(),
                    updatesAsCells(edits.updates()), "import of " + edits.count() + " rows"));
            String outcome = rows.outcome(edits.count()) + (edits.unchanged() > 0 ? " (" + edits.unchanged() + " unchanged)" : "")
                    + ". Save writes them; Undo takes the import back.";
            report.set(rows.report(edits.count()));
            message.set(outcome);
            changes.messageProperty().set(outcome);
        }, failure -> {
            busy.set(false);
            message.set("Nothing was imported: " + Messages.sentence(failure));
        });
    }

    private void convert() {
        ImportTable file = table;
        ImportMapping current = mapping.get();
        busy.set(true);
        executor.submit("Convert " + entity.name() + " rows", (cancel, steps) -> ImportRows.convert(file, current, catalog.get(), steps, cancel),
                step -> progress.set(step.total() > 0 ? (double) step.done() / step.total() : -1), rows -> {
                    busy.set(false);
                    if (mapping.get() != current) {
                        return; // the person changed the mapping meanwhile; that conversion follows
                    }
                    converted = rows;
                    imported.set(false);
                    valid.set(rows.rows().size());
                    refused.set(rows.refusedRows());
                    preview.setAll(previewRows(file, current, rows));
                    report.set(rows.report(0));
                    message.set(rows.rows().size() + " rows convert, " + rows.refusedRows() + " refused"
                            + (rows.refusedRows() > 0 ? ": their problems are marked, and listed in the report." : ".")
                            + renumbering(current));
                }, failure -> {
                    busy.set(false);
                    message.set(Messages.sentence(failure));
                });
    }

    /**
     * Said before Import, not found out after Save: the database numbers a new row whose id it
     * generates, so the file's ids of new rows are not kept here (the command line keeps them).
     */
    private String renumbering(ImportMapping current) {
        if (entity.compositeId() || !current.coversKey() || !target.generatedId(entity.name())) {
            return "";
        }
        return " " + entity.id().name() + " is numbered by the database: new rows get new ids, not the file's"
                + " (rowboat import on the command line keeps them; Upsert changes the rows whose ids exist).";
    }

    private static List<PreviewRow> previewRows(ImportTable file, ImportMapping mapping, ImportRows rows) {
        Map<Integer, Map<String, String>> problems = new HashMap<>();
        for (ImportProblem problem : rows.refused()) {
            problems.computeIfAbsent(problem.line(), l -> new HashMap<>()).put(problem.column(), problem.message());
        }
        List<PreviewRow> shown = new ArrayList<>();
        for (ImportTable.Row row : file.rows().subList(0, Math.min(PREVIEW_ROWS, file.rows().size()))) {
            Map<String, String> ofRow = problems.getOrDefault(row.line(), Map.of());
            shown.add(new PreviewRow(row.line(), row.values(), mapping.fileColumns().stream().map(ofRow::get).toList()));
        }
        return shown;
    }

    /** A to-one's value as a grid cell holds it: a link to the row of that id. */
    private Map<String, Object> asCells(Map<String, Object> values) {
        Map<String, Object> cells = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            AttributeInfo attribute = entity.attribute(name).orElse(null);
            cells.put(name, value != null && attribute != null && attribute.kind() == AttributeKind.TO_ONE
                    ? new RefValue(attribute.targetEntity(), value, null) : value);
        });
        return cells;
    }

    private Map<Object, Map<String, Object[]>> updatesAsCells(Map<Object, Map<String, Object[]>> updates) {
        Map<Object, Map<String, Object[]>> cells = new LinkedHashMap<>();
        updates.forEach((id, values) -> {
            Map<String, Object[]> row = new LinkedHashMap<>();
            values.forEach((name, pair) -> row.put(name, new Object[] {pair[0], asCells(java.util.Collections.singletonMap(name, pair[1])).get(name)}));
            cells.put(id, row);
        });
        return cells;
    }
}
