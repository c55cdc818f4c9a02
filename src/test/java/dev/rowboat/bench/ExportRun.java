package dev.rowboat.bench;

import dev.rowboat.app.MicroblogConnector;
import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DataLocations;
import dev.rowboat.data.DatabaseUrls;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.transfer.Export;
import dev.rowboat.data.transfer.ExportFormat;
import dev.rowboat.data.transfer.ExportOptions;
import dev.rowboat.data.transfer.ExportResult;
import dev.rowboat.data.transfer.GridExportSource;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Safeguards;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One export as {@code rowboat export} runs it (read-only connection, reflected entities), in a JVM
 * of its own that {@link ExportBenchmark} starts with a small {@code -Xmx}: prints how long opening
 * and exporting took and the most heap in use, sampled every 5 ms while it ran.
 *
 * <p>Arguments: URL ENTITY FORMAT OUT
 */
public final class ExportRun {
    private ExportRun() {
    }

    public static void main(String[] args) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        ConnectionSpec spec = DatabaseUrls.parse(args[0]).withSafeguards(new Safeguards(true, false));
        ExportFormat format = ExportFormat.named(args[2]).orElseThrow();
        long start = System.nanoTime();
        var connector = new MicroblogConnector(DataLocations.forCurrentUser().defaultDatabase(), false);
        try (OpenDatabase db = connector.connect(spec, ConnectOptions.defaults())) {
            long opened = System.nanoTime();
            ExportResult result = Export.toFile(GridExportSource.where(db.pages(), args[1], null), ExportOptions.of(format, spec.dbms()),
                    Path.of(args[3]), QueryCancel.none(), (done, total) -> { });
            long exported = System.nanoTime();
            sampler.interrupt();
            System.out.printf("RESULT rows=%d openMs=%.0f exportMs=%.0f peakHeapMB=%.1f maxHeapMB=%.0f%n", result.rows(),
                    (opened - start) / 1e6, (exported - opened) / 1e6, peak.get() / 1048576.0, memory.getHeapMemoryUsage().getMax() / 1048576.0);
        }
    }
}
