package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.bench.WideSchema;
import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.reflect.AnnotatedNameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.model.MicroblogModel;
import dev.rowboat.schema.ConnectionSpec;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.Progress;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.main.DatabaseConnector;
import dev.rowboat.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database reports its steps in the status line, in order, each with how far it is where
 * that is known: the tables read, the mapping, Hibernate's start, the entity list, the row counts.
 */
class MainWindowProgressTest {
    @TempDir
    Path home;

    /** What the status bar showed: the status line and the bar's fraction (-1: indeterminate), and whether busy. */
    private record Shown(String status, double progress, boolean busy) {
    }

    @Test
    void openingReportsEachStepInOrderThenSaysConnected() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample().close();
            MainWindowViewModel window = window();
            List<Shown> shown = record(window);

            open(window, test.spec());

            List<String> steps = shown.stream().map(Shown::status).distinct().toList();
            String url = test.spec().displayUrl();
            List<String> tables = IntStream.rangeClosed(0, 9).mapToObj(i -> "Reading tables " + i + " of 9 …").toList();
            List<String> expected = new ArrayList<>();
            expected.add("Connecting to " + url + " …");
            expected.addAll(tables);
            expected.add("Building the mapping (9 tables) …");
            expected.add("Starting Hibernate (4 entities) …");
            expected.add("Building the entity list …");
            // the four entities and the two link tables, read-only, listed beside them
            IntStream.range(0, 6).forEach(i -> expected.add("Counting rows " + i + " of 6 …"));
            expected.add("Connected to " + url);
            assertThat(steps).containsExactlyElementsOf(expected);
            assertThat(shown).filteredOn(s -> s.status().startsWith("Reading tables")).extracting(Shown::progress)
                    .containsExactly(IntStream.rangeClosed(0, 9).mapToObj(i -> i / 9.0).toArray(Double[]::new));
            assertThat(shown).filteredOn(s -> s.status().startsWith("Starting Hibernate")).extracting(Shown::progress)
                    .as("no count is known while Hibernate starts").containsOnly(-1.0);
            assertThat(shown).filteredOn(s -> s.status().startsWith("Counting rows")).extracting(Shown::progress)
                    .containsExactly(IntStream.range(0, 6).mapToObj(i -> i / 6.0).toArray(Double[]::new));
            assertThat(shown.subList(0, shown.size() - 1)).as("busy until the rows are counted").allMatch(Shown::busy);
            assertThat(window.busyProperty().get()).isFalse();
            window.shutdown();
        }
    }

    @Test
    void aThousandTablesOpenReportingTheTablesReadAndTheEntitiesStarted() throws Exception {
        try (WideSchema wide = WideSchema.create(Dbms.SQLITE, 1000, home.resolve("wide"))) {
            MainWindowViewModel window = window();
            List<Shown> shown = record(window);

            open(window, wide.spec());

            List<String> steps = shown.stream().map(Shown::status).distinct().toList();
            assertThat(steps).filteredOn(s -> s.startsWith("Reading tables")).hasSize(1001)
                    .startsWith("Reading tables 0 of 1,000 …", "Reading tables 1 of 1,000 …")
                    .endsWith("Reading tables 999 of 1,000 …", "Reading tables 1,000 of 1,000 …");
            assertThat(steps).containsSubsequence("Connecting to " + wide.spec().displayUrl() + " …", "Reading tables 240 of 1,000 …",
                    "Building the mapping (1,000 tables) …", "Starting Hibernate (1,000 entities) …", "Building the entity list …",
                    "Counting rows 0 of 1,000 …", "Counting rows 999 of 1,000 …", "Connected to " + wide.spec().displayUrl());
            assertThat(window.entities()).hasSize(1000).allMatch(e -> e.count() != null);
            window.shutdown();
        }
    }

    /** Each status line with the progress and busy flag beside it as it appeared (the view model sets them first). */
    private static List<Shown> record(MainWindowViewModel window) {
        List<Shown> shown = new ArrayList<>();
        window.statusProperty().addListener((o, old, now) ->
                shown.add(new Shown(now, window.progressProperty().get(), window.busyProperty().get())));
        return shown;
    }

    private static void open(MainWindowViewModel window, ConnectionSpec spec) {
        window.open(spec, ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
    }

    private MainWindowViewModel window() {
        DatabaseConnector reflecting = new DatabaseConnector() {
            @Override
            public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options) {
                return connect(spec, options, Progress.NONE);
            }

            @Override
            public OpenDatabase connect(ConnectionSpec spec, ConnectOptions options, Progress progress) {
                return new DatabaseOpener(new ReflectedMapping(AnnotatedNameHints.of(MicroblogModel.ENTITY_CLASSES)), false)
                        .open(spec, options, progress);
            }
        };
        return new MainWindowViewModel(reflecting, new DirectTaskExecutor(), new StrictNotifier(), new RecentConnections(home.resolve("recent.txt")));
    }
}
