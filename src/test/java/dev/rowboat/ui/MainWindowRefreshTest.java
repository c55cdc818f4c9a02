package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.RowCount;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.grid.EntityTableViewModel;
import dev.rowboat.ui.main.EntitySummary;
import dev.rowboat.ui.main.MainWindowViewModel;
import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** View › Refresh (F5): rows another client wrote show in the grid in front, its count and the entity list's. */
class MainWindowRefreshTest {
    @TempDir
    Path home;

    @Test
    void refreshReadsTheGridInFrontAndEveryCountAgain() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample(s -> SampleData.populateBulk(s, 3, 250, 5)).close();
            MainWindowViewModel window = new MainWindowViewModel((spec, options) -> test.openReflected(), new DirectTaskExecutor(),
                    new StrictNotifier(), new RecentConnections(home.resolve("recent.txt")));
            window.open(test.spec(), ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
            EntityTableViewModel posts = window.gridFor(post(window));
            posts.loadFirst();
            assertThat(posts.positionProperty().get()).isEqualTo("Rows 1–100 of 256");
            window.statusProperty().set("Saved 3 changes.");
            insertPosts(test, 5);

            window.refresh(posts);

            assertThat(post(window).count()).isEqualTo(new RowCount(261, RowCount.Precision.EXACT));
            assertThat(posts.positionProperty().get()).isEqualTo("Rows 1–100 of 261");
            assertThat(window.statusProperty().get()).isEqualTo("Connected to " + test.spec().displayUrl());
            window.shutdown();
        }
    }

    @Test
    void theCountsMadeWhileTheWindowWasBuiltComeWithTheListAndARefreshCountsAgain() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            test.openWithSample(s -> SampleData.populateBulk(s, 3, 250, 5)).close();
            MainWindowViewModel window = new MainWindowViewModel((spec, options) -> {
                dev.rowboat.data.OpenDatabase db = test.openReflected();
                db.countRowsAhead(); // as the early open does on its thread
                insertPosts(test, 5);
                return db;
            }, new DirectTaskExecutor(), new StrictNotifier(), new RecentConnections(home.resolve("recent.txt")));
            window.open(test.spec(), ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });

            assertThat(post(window).count()).as("counted ahead, before the five rows came").isEqualTo(new RowCount(256, RowCount.Precision.EXACT));
            window.refresh(window.gridFor(post(window)));
            assertThat(post(window).count()).isEqualTo(new RowCount(261, RowCount.Precision.EXACT));
            window.shutdown();
        }
    }

    private static void insertPosts(TestDatabase test, int n) {
        test.jdbc(c -> {
            try (var s = c.createStatement()) {
                for (int i = 0; i < n; i++) {
                    s.execute("insert into post (body, timestamp, user_id) values ('written elsewhere " + i + "', '2024-01-01 10:00:00', 1)");
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static EntitySummary post(MainWindowViewModel window) {
        return window.entities().stream().filter(e -> e.name().equals("Post")).findFirst().orElseThrow();
    }
}
