package dev.rowboat.data.transfer;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.DatabaseException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Streams a source's rows into a file of one format. The file is written under a temporary name
 * in the same folder and moved into place only when every row is in it, so a reader never sees
 * half an export, and a cancelled or failed one leaves nothing behind (an earlier file of that
 * name stays as it was).
 */
public final class Export {
    /** Rows per page read from the database: enough to amortise each query, few enough to keep the heap small. */
    public static final int PAGE_SIZE = 2_000;

    private Export() {
    }

    /**
     * Writes every row to {@code target}.
     *
     * @throws DatabaseException CANCELLED when cancelled (no file is left), or the source's failure
     * @throws UncheckedIOException when the file cannot be written, with a sentence naming it
     */
    public static ExportResult toFile(ExportSource source, ExportOptions options, Path target, QueryCancel cancel,
                                      ExportProgress progress) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write in " + folder + ": " + DatabaseException.reasonOf(e), e);
        }
        boolean done = false;
        try {
            long rows;
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8), 1 << 16)) {
                rows = toWriter(source, options, out, PAGE_SIZE, cancel, progress);
            }
            moveIntoPlace(temporary, absolute);
            done = true;
            return new ExportResult(rows, absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + absolute + ": " + DatabaseException.reasonOf(e), e);
        } finally {
            if (!done) {
                deleteQuietly(temporary);
            }
        }
    }

    /** Writes every row to an open stream, a page at a time; returns how many. */
    public static long toWriter(ExportSource source, ExportOptions options, Writer out, int pageSize, QueryCancel cancel,
                                ExportProgress progress) throws IOException {
        long total = source.count(cancel);
        progress.rows(0, total);
        RowWriter writer = options.writer(out, source.table());
        long[] done = {0};
        boolean[] begun = {false};
        source.read(pageSize, cancel, new ExportSource.PageConsumer() {
            @Override
            public void columns(List<String> names) throws IOException {
                writer.begin(names);
                begun[0] = true;
            }

            @Override
            public void page(List<Object[]> rows) throws IOException {
                for (Object[] row : rows) {
                    writer.row(row);
                }
                done[0] += rows.size();
                progress.rows(done[0], total);
                if (cancel.isCancelled()) {
                    throw cancelled();
                }
            }
        });
        if (cancel.isCancelled()) {
            throw cancelled();
        }
        if (!begun[0]) {
            writer.begin(List.of());
        }
        writer.end();
        return done[0];
    }

    public static DatabaseException cancelled() {
        return new DatabaseException(DatabaseException.Kind.CANCELLED, "The export was cancelled; no file was written.");
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(Export.class).warn("Could not delete {}: {}", temporary, e.getMessage());
        }
    }
}
