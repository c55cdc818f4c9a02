package dev.rowboat.ui.transfer;

import dev.rowboat.data.transfer.Export;
import dev.rowboat.data.transfer.ExportFormat;
import dev.rowboat.data.transfer.ExportOptions;
import dev.rowboat.data.transfer.ExportResult;
import dev.rowboat.data.transfer.ExportSource;
import dev.rowboat.data.transfer.ValueText;
import dev.rowboat.schema.DatabaseException;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.ui.common.TaskExecutor;
import dev.rowboat.ui.common.TaskHandle;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The export dialog's state: the format and its options, the file, and a running export's progress
 * and outcome as a sentence. The export runs through the task executor, reporting after every page;
 * Cancel stops it between pages and no file is left.
 */
public final class ExportViewModel {
    /** The delimiters CSV offers, as the dialog names them. */
    public static final List<String> DELIMITERS = List.of("Comma (,)", "Semicolon (;)", "Tab", "Pipe (|)");
    private static final String SEPARATORS = ",;\t|";

    private final TaskExecutor executor;
    private final String what;
    private final Supplier<ExportSource> source;
    private final ObjectProperty<Dbms> dialect;
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final StringProperty delimiter = new SimpleStringProperty(DELIMITERS.get(0));
    private final ObjectProperty<ValueText.Binary> binary = new SimpleObjectProperty<>(ValueText.Binary.BASE64);
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanBinding canExport;
    private final BooleanBinding csv;
    private final BooleanBinding sql;
    private TaskHandle task;
    /** Which export is the current one: steps of an earlier, cancelled one are not shown. */
    private long runs;
    private ExportResult result;

    /**
     * @param what what is exported, for the title and the task's description ("the Post grid")
     * @param source makes the rows' source; called on the executor's thread
     * @param dialect the database SQL INSERT statements are written for
     * @param suggested the file first offered (its extension follows the format)
     */
    public ExportViewModel(TaskExecutor executor, String what, Supplier<ExportSource> source, Dbms dialect, Path suggested) {
        this.executor = executor;
        this.what = what;
        this.source = source;
        this.dialect = new SimpleObjectProperty<>(dialect);
        this.file.set(suggested == null ? "" : suggested.toString());
        this.canExport = Bindings.createBooleanBinding(() -> !running.get() && file.get() != null && !file.get().isBlank(), running, file);
        this.csv = Bindings.createBooleanBinding(() -> format.get() == ExportFormat.CSV, format);
        this.sql = Bindings.createBooleanBinding(() -> format.get() == ExportFormat.SQL, format);
        format.addListener((o, old, now) -> file.set(withExtension(file.get(), old, now)));
    }

    public String what() {
        return what;
    }

    public ObjectProperty<ExportFormat> formatProperty() { return format; }
    public StringProperty delimiterProperty() { return delimiter; }
    public ObjectProperty<ValueText.Binary> binaryProperty() { return binary; }
    public StringProperty fileProperty() { return file; }
    /** The database SQL INSERT statements are written for; first the one exported from. */
    public ObjectProperty<Dbms> dialectProperty() { return dialect; }
    public BooleanProperty runningProperty() { return running; }
    /** 0 to 1, or -1 while the number of rows is not known. */
    public DoubleProperty progressProperty() { return progress; }
    public StringProperty statusProperty() { return status; }
    public BooleanBinding canExportProperty() { return canExport; }
    /** Whether the delimiter applies. */
    public BooleanBinding csvProperty() { return csv; }
    /** Whether the SQL dialect applies. */
    public BooleanBinding sqlProperty() { return sql; }

    /** The last export that finished, or null. */
    public ExportResult result() {
        return result;
    }

    /** The options as chosen. */
    public ExportOptions options() {
        int chosen = Math.max(0, DELIMITERS.indexOf(delimiter.get()));
        return new ExportOptions(format.get(), SEPARATORS.charAt(chosen), binary.get(), dialect.get(), 100);
    }

    /** Starts the export into the chosen file. */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path target = Path.of(file.get().strip());
        ExportOptions options = options();
        running.set(true);
        long run = ++runs;
        result = null;
        progress.set(-1);
        status.set("Exporting " + what + "…");
        task = executor.submit("Export " + what, (cancel, steps) -> Export.toFile(source.get(), options, target, cancel,
                        (done, total) -> steps.step(sentence(done, total), done, total)),
                step -> {
                    if (run == runs && running.get()) { // a cancelled export's last steps may still arrive
                        progress.set(step.fraction());
                        status.set(step.step());
                    }
                },
                done -> {
                    running.set(false);
                    progress.set(1);
                    result = done;
                    status.set(done.sentence() + ".");
                },
                failure -> {
                    running.set(false);
                    progress.set(0);
                    status.set(failure instanceof DatabaseException || failure instanceof java.io.UncheckedIOException
                            ? failure.getMessage() : "The export failed: " + DatabaseException.reasonOf(failure));
                });
    }

    /** Stops a running export: nothing is written, an earlier file of that name stays as it was. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            running.set(false);
            progress.set(0);
            status.set("Export cancelled; no file was written.");
        }
    }

    private static String sentence(long done, long total) {
        return "Exported " + Progress.count(done) + (total >= 0 ? " of " + Progress.count(total) : "") + " rows";
    }

    /** The file name with the new format's extension where it had the old one's. */
    static String withExtension(String name, ExportFormat old, ExportFormat now) {
        if (name == null || name.isBlank() || old == null || now == null) {
            return name;
        }
        String suffix = "." + old.extension();
        return name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) + "." + now.extension() : name;
    }
}
