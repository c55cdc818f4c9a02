package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleHistoryTest {
    private static final String KEY = "jdbc:postgresql://127.0.0.1:5432/shop";

    @TempDir
    Path folder;

    private ConsoleHistory reloaded() {
        return ConsoleHistory.load(folder, KEY);
    }

    @Test
    void whatWasRunComesBackInTheNextSessionExactlyAsTyped() {
        String multiLine = "select *\r\n  from \"user\"\n where name = 'O''Brien' -- \\ and \"quotes\"";
        String unicode = "select 'Grüße 😀 \u2028 \u0000 \t \u001b' as x";
        String loneSurrogate = "select '\ud800'";
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        history.add(multiLine);
        history.add(unicode);
        history.add(loneSurrogate);

        assertThat(reloaded().entries()).containsExactly(multiLine, unicode, loneSurrogate);
    }

    @Test
    void theSameStatementTwiceInARowIsKeptOnce() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        history.add("select 1");
        history.add("select 1\n");
        history.add("select 2");
        history.add("select 1");
        history.add("   ");

        assertThat(reloaded().entries()).containsExactly("select 1", "select 2", "select 1");
    }

    @Test
    void onlyTheNewestThousandAreKept() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        IntStream.rangeClosed(1, 1005).forEach(i -> history.add("select " + i));

        assertThat(history.entries()).hasSize(1000).startsWith("select 6").endsWith("select 1005");
        assertThat(reloaded().entries()).isEqualTo(history.entries());
    }

    @Test
    void eachConnectionHasItsOwnFileNamedWithoutItsUrlOrPassword() throws IOException {
        ConsoleHistory shop = ConsoleHistory.load(folder, "postgresql://me:secret@db.example:5432/shop?password=other");
        ConsoleHistory blog = ConsoleHistory.load(folder, "jdbc:h2:file:/home/me/blog");

        shop.add("select * from orders");
        blog.add("select * from post");

        assertThat(shop.file()).isNotEqualTo(blog.file());
        assertThat(shop.file().getFileName().toString()).matches("console-[0-9a-f]{32}\\.json");
        assertThat(Files.readString(shop.file())).doesNotContain("secret").doesNotContain("other").contains("db.example");
        assertThat(ConsoleHistory.load(folder, "postgresql://me@db.example:5432/shop").entries()).containsExactly("select * from orders");
        assertThat(ConsoleHistory.load(folder, "jdbc:h2:file:/home/me/blog").entries()).containsExactly("select * from post");
    }

    @Test
    void writingLeavesNoTemporaryFileBehind() throws IOException {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        history.add("select 1");
        history.save("all", "select 2");

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(history.file());
        }
    }

    @Test
    void searchFindsAnyCaseNewestFirstEachOnce() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);
        Stream.of("select * from USER", "select 1", "SELECT name FROM user WHERE city = 'Årslev'", "select * from USER", "select 2")
                .forEach(history::add);

        assertThat(history.search("from user")).containsExactly("select * from USER", "SELECT name FROM user WHERE city = 'Årslev'");
        assertThat(history.search("årSLEV")).containsExactly("SELECT name FROM user WHERE city = 'Årslev'");
        assertThat(history.search("(")).isEmpty();
    }

    @Test
    void upAndDownWalkTheHistoryAndDownPastTheNewestGivesBackTheTypedText() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);
        Stream.of("one", "two", "three").forEach(history::add);

        assertThat(history.next()).isEmpty();
        assertThat(history.previous()).hasValue("three");
        assertThat(history.previous()).hasValue("two");
        assertThat(history.previous()).hasValue("one");
        assertThat(history.previous()).as("stays at the oldest").hasValue("one");
        assertThat(history.next()).hasValue("two");
        assertThat(history.next()).hasValue("three");
        assertThat(history.next()).as("past the newest: the typed text again").isEmpty();
        assertThat(history.previous()).hasValue("three");
    }

    @Test
    void runningOrResettingStartsTheWalkFromTheNewestAgain() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);
        Stream.of("one", "two").forEach(history::add);

        history.previous();
        history.previous();
        history.resetCursor();
        assertThat(history.previous()).hasValue("two");

        history.add("three");
        assertThat(history.previous()).hasValue("three");
        history.add("three");
        assertThat(history.previous()).as("even when the run was not added again").hasValue("three");
    }

    @Test
    void anEmptyHistoryHasNothingUpOrDown() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        assertThat(history.previous()).isEmpty();
        assertThat(history.next()).isEmpty();
    }

    @Test
    void savedQueriesAreKeptByNameInNameOrder() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        history.save("orders today", "select * from orders\nwhere day = current_date");
        history.save("Big customers", "select 1");
        history.save("all users", "select * from user");
        history.save("Big customers", "select * from customer where total > 1000");
        history.save("gone", "select 0");
        history.deleteSaved("gone");

        assertThat(reloaded().saved()).containsExactly(
                org.assertj.core.api.Assertions.entry("all users", "select * from user"),
                org.assertj.core.api.Assertions.entry("Big customers", "select * from customer where total > 1000"),
                org.assertj.core.api.Assertions.entry("orders today", "select * from orders\nwhere day = current_date"));
        assertThat(reloaded().entries()).as("saving is not running").isEmpty();
    }

    @Test
    void aSavedQueryNeedsAName() {
        ConsoleHistory history = ConsoleHistory.load(folder, KEY);

        assertThatThrownBy(() -> history.save("  ", "select 1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnreadableFileGivesAnEmptyHistoryAndIsSetAsideNotOverwritten() throws IOException {
        Path file = ConsoleHistory.load(folder, KEY).file();
        Files.writeString(file, "{\"history\": [\"select 1\", ", StandardCharsets.UTF_8);

        ConsoleHistory history = ConsoleHistory.load(folder, KEY);
        history.add("select 2");

        assertThat(reloaded().entries()).containsExactly("select 2");
        assertThat(Files.readString(file.resolveSibling(file.getFileName() + ".unreadable"))).isEqualTo("{\"history\": [\"select 1\", ");
    }

    @Test
    void aFileOfAnotherShapeIsUnreadableToo() throws IOException {
        Path file = ConsoleHistory.load(folder, KEY).file();
        Files.writeString(file, "{\"history\": [1, 2]}", StandardCharsets.UTF_8);

        assertThat(ConsoleHistory.load(folder, KEY).entries()).isEmpty();
    }
}
