package dev.rowboat.ui.main;

import dev.rowboat.data.settings.SettingsStore;
import dev.rowboat.data.settings.WindowBounds;
import dev.rowboat.data.settings.WindowLayout;
import dev.rowboat.ui.common.TaskExecutor;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's layout per database: read when a database opens and handed to the window to
 * apply, taken from the window and kept when another opens or the window closes. Files are read
 * on the task executor and written on a writer thread of their own, in order, so the FX thread
 * never waits for the disk; {@link #close()} lets the last write finish as the application ends.
 */
public final class LayoutViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(LayoutViewModel.class);
    /** How much of a window's top edge must be on a screen for a person to reach it and drag it back. */
    private static final double REACHABLE_WIDTH = 100;
    private static final double REACHABLE_HEIGHT = 20;

    private final SettingsStore store;
    private final TaskExecutor executor;
    private final Executor writer;
    /** The connection whose layout the window shows; null while none is open. */
    private String connection;
    /** Column widths of this connection's entities, the closed grids' included. */
    private final Map<String, Map<String, Double>> widths = new HashMap<>();
    /** The layouts kept in this session, read from here rather than from a file that may still be being written. */
    private final Map<String, WindowLayout> kept = new HashMap<>();
    /** Counts the databases shown, so that a layout read for one that is gone is not applied. */
    private long shown;

    /** @param store null: nothing is kept */
    public LayoutViewModel(SettingsStore store, TaskExecutor executor, Executor writer) {
        this.store = store;
        this.executor = executor;
        this.writer = writer;
    }

    /** Keeps nothing: for windows without a data folder (tests of other things). */
    public static LayoutViewModel none(TaskExecutor executor) {
        return new LayoutViewModel(null, executor, Runnable::run);
    }

    /** Keeps layouts in {@code store}, written on a daemon thread of their own. */
    public static LayoutViewModel keptIn(SettingsStore store, TaskExecutor executor) {
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rowboat-settings");
            t.setDaemon(true);
            return t;
        });
        return new LayoutViewModel(store, executor, writer);
    }

    /** A database opened: its layout, once read, goes to {@code apply}; none kept, nothing is applied. */
    public void show(String connectionKey, Consumer<WindowLayout> apply) {
        connection = connectionKey;
        widths.clear();
        long generation = ++shown;
        if (store == null || connectionKey == null) {
            return;
        }
        WindowLayout keptNow = kept.get(connectionKey);
        if (keptNow != null) {
            use(keptNow, apply); // its file may still be being written
            return;
        }
        executor.submit("Read the window layout", cancel -> store.load(connectionKey), found -> {
            if (generation != shown) {
                return; // another database opened meanwhile
            }
            found.ifPresent(layout -> use(layout, apply));
        }, failure -> LOG.warn("Could not read the window layout of {}", connectionKey, failure));
    }

    private void use(WindowLayout layout, Consumer<WindowLayout> apply) {
        layout.columnWidths().forEach((entity, columns) -> widths.computeIfAbsent(entity, e -> new HashMap<>()).putAll(columns));
        apply.accept(layout);
    }

    /** The shown database is left (another opens, or the window closes): its layout, as taken now, is kept. */
    public void leave(WindowLayout current) {
        keep(current);
        connection = null;
        widths.clear();
        shown++;
    }

    /** Keeps the shown database's layout as it is now, its grids' column widths with it. */
    public void keep(WindowLayout current) {
        if (store == null || connection == null) {
            return;
        }
        Map<String, Map<String, Double>> allWidths = new LinkedHashMap<>();
        widths.forEach((entity, columns) -> allWidths.put(entity, Map.copyOf(columns)));
        WindowLayout layout = new WindowLayout(current.dark(), current.window(), current.dividers(), allWidths, current.openTabs(),
                current.selectedTab());
        String key = connection;
        kept.put(key, layout);
        writer.execute(() -> {
            try {
                store.save(key, layout);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Could not keep the window layout of {}", key, e);
            }
        });
    }

    /** A grid column was resized (or laid out): its width is remembered for the entity's grids. */
    public void columnResized(String entity, String columnId, double width) {
        if (connection != null && width > 0) {
            widths.computeIfAbsent(entity, e -> new HashMap<>()).put(columnId, width);
        }
    }

    /** The widths remembered for an entity's grid columns, by column id. */
    public Map<String, Double> widthsOf(String entity) {
        return Map.copyOf(widths.getOrDefault(entity, Map.of()));
    }

    /**
     * Where to put a window kept at {@code saved} on these screens (the first is the primary): where
     * it was, when enough of its top edge is on a screen to drag it; else centred on the primary
     * screen, no larger than it (a monitor was unplugged, or the resolution changed).
     */
    public static WindowBounds visible(WindowBounds saved, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return saved;
        }
        for (Rectangle2D screen : screens) {
            double across = Math.min(saved.x() + saved.width(), screen.getMaxX()) - Math.max(saved.x(), screen.getMinX());
            double down = Math.min(saved.y() + REACHABLE_HEIGHT, screen.getMaxY()) - Math.max(saved.y(), screen.getMinY());
            if (across >= Math.min(REACHABLE_WIDTH, saved.width()) && down >= REACHABLE_HEIGHT) {
                return saved;
            }
        }
        Rectangle2D primary = screens.get(0);
        double width = Math.min(saved.width(), primary.getWidth());
        double height = Math.min(saved.height(), primary.getHeight());
        return new WindowBounds(primary.getMinX() + (primary.getWidth() - width) / 2, primary.getMinY() + (primary.getHeight() - height) / 2,
                width, height, saved.maximized());
    }

    /** Lets the layouts still being written finish (a second at most): the application is ending. */
    public void close() {
        if (writer instanceof ExecutorService service) {
            service.shutdown();
            try {
                if (!service.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.warn("The window layout was still being written when Rowboat closed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
