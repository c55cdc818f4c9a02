package dev.rowboat.app;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.transfer.Export;
import dev.rowboat.data.transfer.ExportFormat;
import dev.rowboat.data.transfer.ExportOptions;
import dev.rowboat.data.transfer.ExportProgress;
import dev.rowboat.data.transfer.ExportResult;
import dev.rowboat.data.transfer.GridExportSource;
import dev.rowboat.data.transfer.ValueText;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.schema.Safeguards;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rowboat export}: one table's rows to a file, streamed a page at a time over a read-only
 * connection. Exit status 0 when the file is in place; 2 for a wrong option, entity, or a database
 * that cannot be opened; 1 when the export fails on the way (a condition the database refuses, a
 * file that cannot be written). A failed export leaves no file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a table's rows to a CSV, JSON, JSON Lines, SQL INSERT or Markdown file.",
                "Columns are the table's own, in its order; a link is its foreign key's value. Reads over a read-only connection."})
final class ExportCommand implements Callable<Integer> {
    private static final Map<String, Character> DELIMITERS = Map.of(",", ',', "comma", ',', ";", ';', "semicolon", ';',
            "tab", '\t', "\\t", '\t', "\t", '\t', "|", '|', "pipe", '|');

    @Option(names = "--url", paramLabel = "URL", description = "Database: a JDBC or SQLAlchemy URL. Default: $DATABASE_URL, else the embedded database.")
    String url;

    @Option(names = "--entity", required = true, paramLabel = "NAME", description = "The entity (Post) or table (post) to export.")
    String entity;

    @Option(names = "--where", paramLabel = "SQL", description = "Only the rows this SQL condition on the table's columns lets through, e.g. \"user_id = 3\".")
    String where;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv", description = "csv, json, jsonl, sql or markdown (default: csv).")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; replaced only once every row is in it.")
    Path out;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",", description = "CSV's separator: , ; tab or | (default: ,).")
    String delimiter;

    @Option(names = "--binary", paramLabel = "base64|hex", defaultValue = "base64", description = "Binary values as base64 (default) or \\x and hex.")
    String binary;

    @Option(names = "--dialect", paramLabel = "DBMS", description = "For --format sql: h2, sqlite, postgresql or mariadb. Default: the database's own.")
    String dialect;

    Map<String, String> environment = System.getenv();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            Optional<ExportFormat> chosen = ExportFormat.named(format);
            if (chosen.isEmpty()) {
                return usage(err, "There is no export format \"" + format + "\": use one of " + ExportFormat.names() + ".");
            }
            Character separator = DELIMITERS.get(delimiter.toLowerCase(Locale.ROOT));
            if (separator == null) {
                return usage(err, "The delimiter must be , ; tab or |, not \"" + delimiter + "\".");
            }
            ValueText.Binary binaryForm = switch (binary.toLowerCase(Locale.ROOT)) {
                case "base64" -> ValueText.Binary.BASE64;
                case "hex" -> ValueText.Binary.HEX;
                default -> null;
            };
            if (binaryForm == null) {
                return usage(err, "--binary is base64 or hex, not \"" + binary + "\".");
            }
            Path folder = out.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                return usage(err, "There is no folder " + folder + " to write " + out.getFileName() + " in.");
            }
            StartupTarget target = StartupTarget.resolve(url, environment, DataLocations.forCurrentUser())
                    .withSafeguards(new Safeguards(true, false));
            Optional<Dbms> sqlDialect = dialect == null ? Optional.of(target.spec().dbms()) : dbms(dialect);
            if (sqlDialect.isEmpty()) {
                return usage(err, "--dialect is h2, sqlite, postgresql or mariadb, not \"" + dialect + "\".");
            }
            ExportOptions options = new ExportOptions(chosen.get(), separator, binaryForm, sqlDialect.get(), 100);
            var connector = new MicroblogConnector(DataLocations.forCurrentUser().defaultDatabase(), false);
            QueryCancel cancel = new QueryCancel();
            CountDownLatch finished = new CountDownLatch(1);
            // Ctrl+C stops the export at its next page, which deletes the part written, before the JVM ends
            Thread interrupted = new Thread(() -> {
                cancel.cancel();
                try {
                    finished.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "rowboat-export-interrupted");
            Runtime.getRuntime().addShutdownHook(interrupted);
            try (OpenDatabase db = connector.connect(target.spec(), ConnectOptions.defaults())) {
                EntityInfo found = find(db, entity);
                ExportResult result = Export.toFile(GridExportSource.where(db.pages(), found.name(), where), options, out,
                        cancel, progress(err));
                stdout.println(result.sentence());
                stdout.flush();
                return 0;
            } finally {
                finished.countDown();
                removeHook(interrupted);
            }
        } catch (DatabaseException e) {
            err.println(e.getMessage());
            return e.kind() == DatabaseException.Kind.QUERY_FAILED || e.kind() == DatabaseException.Kind.CANCELLED ? 1 : 2;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
    }

    /** On a terminal, how far it is, on one line of stderr; nothing where the output goes to a file or a pipe. */
    private static ExportProgress progress(PrintWriter err) {
        if (System.console() == null) {
            return ExportProgress.NONE;
        }
        return (done, total) -> {
            err.print("\rExported " + Progress.count(done) + (total >= 0 ? " of " + Progress.count(total) : "") + " rows");
            if (done == total) {
                err.println();
            }
            err.flush();
        };
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for this export, which is over
        }
    }

    private static int usage(PrintWriter err, String sentence) {
        err.println(sentence);
        return 2;
    }

    private static Optional<Dbms> dbms(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "h2" -> Optional.of(Dbms.H2);
            case "sqlite" -> Optional.of(Dbms.SQLITE);
            case "postgresql", "postgres", "pg" -> Optional.of(Dbms.POSTGRESQL);
            case "mariadb", "mysql" -> Optional.of(Dbms.MARIADB);
            default -> Optional.empty();
        };
    }

    /** By entity name, else by table name, either case. */
    private static EntityInfo find(OpenDatabase db, String name) {
        var entities = db.catalog().entities();
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .or(() -> entities.stream().filter(e -> e.table().equalsIgnoreCase(name) || e.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new DatabaseException(DatabaseException.Kind.NOT_FOUND, "This database has no entity or table " + name
                        + ". It has: " + entities.stream().filter(EntityInfo::available).map(EntityInfo::name).collect(Collectors.joining(", ")) + "."));
    }
}
