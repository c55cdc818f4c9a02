package dev.rowboat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.RecentConnections;
import dev.rowboat.data.RowCount;
import dev.rowboat.model.SampleData;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import dev.rowboat.ui.common.Notifier;
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
                    new Notifier() {
                        @Override
                        public void error(String title, String sentence, Throwable details) {
                            throw new AssertionError(sentence, details);
                        }

                        @Override
                        public boolean confirm(String title, String question) {
                            throw new AssertionError("asked: " + question);
                        }
                    }, new RecentConnections(home.resolve("recent.txt")));
            window.open(test.spec(), ConnectOptions.defaults(), null, e -> { throw new AssertionError(e); }, () -> { });
            EntityTableViewModel posts = window.gridFor(post(window));
            posts.loadFirst();
            assertThat(posts.positionProperty().get()).isEqualTo("Rows 1–100 of 256");
            window.statusProperty().set("Saved 3 changes.");
            test.jdbc(c -> {
                try (var s = c.createStatement()) {
                    for (int i = 0; i < 5; i++) {
                        s.execute("insert into post (body, timestamp, user_id) values ('written elsewhere " + i + "', '2024-01-01 10:00:00', 1)");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            window.refresh(posts);

            assertThat(post(window).count()).isEqualTo(new RowCount(261, RowCount.Precision.EXACT));
            assertThat(posts.positionProperty().get()).isEqualTo("Rows 1–100 of 261");
            assertThat(window.statusProperty().get()).isEqualTo("Connected to " + test.spec().displayUrl());
            window.shutdown();
        }
    }

    private static EntitySummary post(MainWindowViewModel window) {
        return window.entities().stream().filter(e -> e.name().equals("Post")).findFirst().orElseThrow();
    }
}
