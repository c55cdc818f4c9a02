package dev.rowboat.data.transfer;

import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.ImportInserts;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An import without a window (the command line's): read the file, map its columns by name,
 * convert, and write the rows in one transaction or in batches. A file that cannot be read, or
 * with a refused row unless the person accepts leaving those out, writes nothing.
 */
public final class ImportJob {
    /** How to import. @param batchSize rows per transaction; 0 for one transaction */
    public record Options(boolean upsert, boolean dryRun, int batchSize, boolean skipRefused, Character delimiter) {
    }

    /** What happened: the rows converted and refused, and what was written (null for a dry run or when nothing was). */
    public record Result(ImportRows rows, ImportInserts.Outcome written) {
        public int writtenCount() {
            return written == null ? 0 : written.written();
        }

        public String outcome() {
            return rows.outcome(writtenCount());
        }
    }

    private ImportJob() {
    }

    public static Result run(EntityCatalog catalog, ImportInserts inserts, String entityName, Path file, Options options, Progress progress) {
        EntityInfo entity = entity(catalog, entityName);
        ImportTable table = ImportFiles.read(file, options.delimiter());
        ImportMapping mapping = ImportMapping.byName(entity, catalog, table.columns());
        List<String> unmapped = table.columns().stream().filter(c -> mapping.targets().get(table.columns().indexOf(c)) == null).toList();
        if (!unmapped.isEmpty()) {
            throw new ImportFileException(new ImportProblem(1, null, "no column of " + entity.name() + " is called "
                    + String.join(", ", unmapped)));
        }
        if (options.upsert() && !mapping.coversKey()) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "Upsert needs the key of " + entity.name()
                    + " in the file: " + String.join(", ", entity.idAttributes().stream().map(a -> a.column()).toList()) + ".");
        }
        ImportRows rows = ImportRows.convert(table, mapping, catalog, progress, QueryCancel.none());
        if (rows.refusedRows() > 0 && !options.skipRefused()) {
            throw new ImportFileException(rows.refused());
        }
        if (options.dryRun()) {
            return new Result(rows, null);
        }
        List<Map<String, Object>> values = rows.rows().stream().map(ImportRows.Row::values).toList();
        List<Integer> lines = rows.rows().stream().map(ImportRows.Row::line).toList();
        return new Result(rows, inserts.write(entity.name(), values, lines, options.upsert(), options.batchSize(), progress));
    }

    /** The entity by its name or its table's, ignoring case, as a person types it. */
    public static EntityInfo entity(EntityCatalog catalog, String name) {
        return catalog.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst()
                .or(() -> catalog.entities().stream().filter(e -> e.table().equalsIgnoreCase(name)).findFirst())
                .filter(EntityInfo::editable)
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND, "There is no entity " + name
                        + " to import into; the database has " + String.join(", ", catalog.entities().stream()
                        .filter(EntityInfo::editable).map(EntityInfo::name).toList()) + "."));
    }
}
