package dev.rowboat.data.transfer;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.CompositeId;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Progress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A file's rows converted to an entity's attribute values, and the rows refused with the reasons:
 * a value that is not of the attribute's type, NULL where the attribute needs a value, text too
 * long for its column. A to-one's value is the target's id, as the file gives the foreign key.
 *
 * @param rows the rows that can be written, in the file's order
 * @param refused every problem of the rows left out, in the file's order (a row may have several)
 * @param refusedRows how many rows were left out
 */
public record ImportRows(EntityInfo entity, List<Row> rows, List<ImportProblem> refused, int refusedRows) {
    /** Rows are converted in steps of this many, each a progress report and a chance to cancel. */
    private static final int STEP = 5_000;

    public ImportRows {
        rows = Collections.unmodifiableList(rows);
        refused = List.copyOf(refused);
    }

    /**
     * One row to write.
     *
     * @param values by attribute name, only the attributes the file gives
     */
    public record Row(int line, Map<String, Object> values) {
        /** The row's id from its values: one value, or a {@link CompositeId}; null when the file does not give it all. */
        public Object id(EntityInfo entity) {
            List<AttributeInfo> key = entity.idAttributes();
            if (key.size() == 1) {
                return values.get(key.get(0).name());
            }
            List<Object> parts = new ArrayList<>();
            for (AttributeInfo part : key) {
                if (values.get(part.name()) == null) {
                    return null;
                }
                parts.add(values.get(part.name()));
            }
            return new CompositeId(parts);
        }
    }

    public static ImportRows convert(ImportTable table, ImportMapping mapping, EntityCatalog catalog) {
        return convert(table, mapping, catalog, Progress.NONE, QueryCancel.none());
    }

    /** Converts every row, reporting progress; a row's every problem is kept, so the report can name them all. */
    public static ImportRows convert(ImportTable table, ImportMapping mapping, EntityCatalog catalog, Progress progress, QueryCancel cancel) {
        int width = mapping.fileColumns().size();
        Class<?>[] types = new Class<?>[width];
        for (int c = 0; c < width; c++) {
            types[c] = mapping.target(c).map(a -> ImportMapping.valueType(a, catalog)).orElse(null);
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        List<ImportProblem> problems = new ArrayList<>();
        int refusedRows = 0;
        int done = 0;
        for (ImportTable.Row fileRow : table.rows()) {
            if (done++ % STEP == 0) {
                if (cancel.isCancelled()) {
                    throw new DatabaseException(DatabaseException.Kind.CANCELLED, "The import was cancelled; nothing was added.");
                }
                progress.step("Converting row " + Progress.count(done) + " of " + Progress.count(table.rows().size()),
                        done - 1, table.rows().size());
            }
            int before = problems.size();
            Map<String, Object> values = new LinkedHashMap<>();
            for (int c = 0; c < width; c++) {
                AttributeInfo target = mapping.targets().get(c);
                if (target != null) {
                    convertCell(fileRow, c, target, types[c], mapping, values, problems);
                }
            }
            if (problems.size() == before) {
                rows.add(new Row(fileRow.line(), Collections.unmodifiableMap(values)));
            } else {
                refusedRows++;
            }
        }
        progress.step("Converted " + Progress.count(table.rows().size()) + " rows", table.rows().size(), table.rows().size());
        return new ImportRows(mapping.entity(), rows, problems, refusedRows);
    }

    private static void convertCell(ImportTable.Row fileRow, int c, AttributeInfo target, Class<?> type, ImportMapping mapping,
                                    Map<String, Object> values, List<ImportProblem> problems) {
        String text = fileRow.values().get(c);
        String column = mapping.fileColumns().get(c);
        if (text == null) {
            if (target.kind() == AttributeKind.ID && !mapping.entity().compositeId()) {
                return; // no id: the database gives one, or the save says it must have one
            }
            if (!target.nullable() && !target.version()) {
                problems.add(new ImportProblem(fileRow.line(), column, target.name() + " must have a value."));
                return;
            }
            values.put(target.name(), null);
            return;
        }
        try {
            Object value = ValueReading.read(target, type, text);
            if (value instanceof String s && target.length() != null && s.codePointCount(0, s.length()) > target.length()) {
                problems.add(new ImportProblem(fileRow.line(), column, target.name() + " is longer than " + target.length()
                        + " characters (" + s.codePointCount(0, s.length()) + ")."));
                return;
            }
            values.put(target.name(), value);
        } catch (DatabaseException e) {
            problems.add(new ImportProblem(fileRow.line(), column, e.getMessage()));
        }
    }

    /** "3 rows imported, 1 refused, see the report" as the status line and the command line say it. */
    public String outcome(int written) {
        return (written == 1 ? "1 row" : Progress.count(written) + " rows") + " imported, " + Progress.count(refusedRows) + " refused"
                + (refusedRows > 0 ? ", see the report" : "");
    }

    /** The report: the outcome, then each refused row's line and reason. */
    public String report(int written) {
        StringBuilder text = new StringBuilder(outcome(written)).append('\n');
        refused.forEach(p -> text.append(p).append('\n'));
        return text.toString();
    }
}
