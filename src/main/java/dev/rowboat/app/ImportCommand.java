package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.data.transfer.ImportFileException;
import dev.rowboat.data.transfer.ImportJob;
import dev.rowboat.data.transfer.ImportProblem;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.DatabaseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat import}: a CSV or JSON file into one entity's table. Exit status 0 when written
 * (or, with --dry-run, when it would be), 1 when the file is malformed, a row is refused or the
 * database refuses the write (nothing written), 2 for usage, a read-only connection or a database
 * that cannot be opened.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a CSV or JSON file (an array of objects, or JSON Lines) into an entity's table.",
                "Columns are matched to the table's columns by the header's names. All rows are written in one transaction "
                        + "unless --batch-size says otherwise; a malformed file writes nothing."})
final class ImportCommand implements Callable<Integer> {
    enum Mode { insert, upsert }

    @Option(names = "--url", paramLabel = "URL", description = "Database: a JDBC or SQLAlchemy URL. Default: $DATABASE_URL, else the embedded database.")
    String url;
    @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The entity (or table) to import into.")
    String entity;
    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The file: .csv (delimiter found in the header line) or .json/.jsonl.")
    Path file;
    @Option(names = "--mode", defaultValue = "insert", paramLabel = "MODE",
            description = "insert (default): every row is new; upsert: a row whose key exists is updated.")
    Mode mode;
    @Option(names = "--dry-run", description = "Read and check every row, write nothing.")
    boolean dryRun;
    @Option(names = "--batch-size", defaultValue = "0", paramLabel = "N",
            description = "Commit every N rows, stating progress (a failure keeps the batches before it). Default: one transaction.")
    int batchSize;
    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter: , ; | or tab. Default: found in the header line.")
    String delimiter;
    @Option(names = "--skip-refused", description = "Write the rows that convert and report the others, instead of writing nothing.")
    boolean skipRefused;
    @Option(names = "--report", paramLabel = "FILE", description = "Write the report (outcome, then each refused row's line and reason) here.")
    Path report;
    @Option(names = "--read-only", description = "Refused: an import writes.")
    boolean readOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (readOnly) {
                err.println("`import` writes to the database, so it does not run with --read-only.");
                return 2;
            }
            ConnectionSpec target = StartupTarget.resolve(url, System.getenv(), DataLocations.forCurrentUser()).spec();
            if (target.missingFile().isPresent()) {
                err.println("There is no database file " + target.missingFile().get() + ".");
                return 2;
            }
            ImportJob.Options options = new ImportJob.Options(mode == Mode.upsert, dryRun, batchSize, skipRefused, delimiter());
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false)
                    .open(target, ConnectOptions.defaults())) {
                ImportJob.Result result = ImportJob.run(db.catalog(), db.imports(), entity, file, options, (step, done, total) -> {
                    if (batchSize > 0 && step.startsWith("Writing")) {
                        out.println(step);
                        out.flush();
                    }
                });
                String outcome = dryRun ? "Dry run: " + result.rows().rows().size() + " rows would be imported, "
                        + result.rows().refusedRows() + " refused; nothing was written." : result.outcome() + ".";
                out.println(outcome);
                writeReport(result.rows().report(result.writtenCount()), err, result.rows().refusedRows() > 0);
                out.flush();
                return 0;
            }
        } catch (ImportFileException e) {
            err.println("Nothing was imported: the file has problems.");
            for (ImportProblem problem : e.problems()) {
                err.println("  " + problem);
            }
            writeReportQuietly(e, err);
            return 1;
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return e.kind() == DatabaseException.Kind.QUERY_FAILED || e.kind() == DatabaseException.Kind.INVALID_VALUE ? 1 : 2;
        } finally {
            err.flush();
        }
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        if (delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() != 1) {
            throw new DatabaseException(DatabaseException.Kind.INVALID_VALUE, "--delimiter takes one character, or tab.");
        }
        return delimiter.charAt(0);
    }

    private void writeReport(String text, PrintWriter err, boolean problems) {
        if (report != null) {
            try {
                Files.writeString(report, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("Could not write the report to " + report + ": " + e.getMessage());
            }
        } else if (problems) {
            err.print(text.substring(text.indexOf('\n') + 1));
        }
    }

    private void writeReportQuietly(ImportFileException e, PrintWriter err) {
        if (report != null) {
            StringBuilder text = new StringBuilder("Nothing was imported.\n");
            e.problems().forEach(p -> text.append(p).append('\n'));
            writeReport(text.toString(), err, true);
        }
    }
}
