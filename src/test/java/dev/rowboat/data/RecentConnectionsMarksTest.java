package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Safeguards;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recent list remembers how each connection was marked, so choosing it again marks it again; never a password. */
class RecentConnectionsMarksTest {
    @TempDir
    Path home;

    private RecentConnections recent() {
        return new RecentConnections(home.resolve("recent-connections.txt"));
    }

    @Test
    void eachConnectionKeepsItsOwnMarksAcrossRestarts() {
        recent().remember("postgresql://app:secret@db.example.com/shop", new Safeguards(true, true));
        recent().remember("sqlite:////home/me/copy.db", Safeguards.NONE);
        recent().remember("mysql://root@127.0.0.1/test", new Safeguards(false, true));

        RecentConnections again = recent(); // as the next start reads it
        assertThat(again.list()).containsExactly("mysql://root@127.0.0.1/test", "sqlite:////home/me/copy.db",
                "postgresql://app@db.example.com/shop");
        assertThat(again.safeguardsOf("postgresql://app@db.example.com/shop")).contains(new Safeguards(true, true));
        assertThat(again.safeguardsOf("postgresql://app:other@db.example.com/shop")).as("found as typed, password or not")
                .contains(new Safeguards(true, true));
        assertThat(again.safeguardsOf("sqlite:////home/me/copy.db")).contains(Safeguards.NONE);
        assertThat(again.safeguardsOf("mysql://root@127.0.0.1/test")).contains(new Safeguards(false, true));
        assertThat(again.safeguardsOf("sqlite:////elsewhere.db")).isEmpty();
    }

    @Test
    void openingAgainWithOtherMarksReplacesThemAndMovesItFirst() {
        recent().remember("sqlite:////data/live.db", new Safeguards(true, true));
        recent().remember("sqlite:////data/other.db", Safeguards.NONE);
        recent().remember("sqlite:////data/live.db", new Safeguards(false, true));

        assertThat(recent().entries()).containsExactly(
                new RecentConnections.Entry("sqlite:////data/live.db", new Safeguards(false, true)),
                new RecentConnections.Entry("sqlite:////data/other.db", Safeguards.NONE));
    }

    @Test
    void theFileHoldsMarksButNeverAPasswordAndReadsTheOldOneUrlALineForm() throws Exception {
        Path file = home.resolve("recent-connections.txt");
        Files.writeString(file, "sqlite:////old/app.db\n"); // as versions before marks wrote it
        assertThat(recent().entries()).containsExactly(new RecentConnections.Entry("sqlite:////old/app.db", Safeguards.NONE));

        recent().remember("postgresql://me:hunter2@host/prod", new Safeguards(true, true));
        String written = Files.readString(file);
        assertThat(written).doesNotContain("hunter2");
        assertThat(written.lines()).containsExactly("postgresql://me@host/prod\tread-only, production", "sqlite:////old/app.db");
    }
}
