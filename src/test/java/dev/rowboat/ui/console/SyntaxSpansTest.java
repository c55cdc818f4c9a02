package dev.rowboat.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the console colours, and that half-typed text never breaks it. */
class SyntaxSpansTest {
    @Test
    void keywordsStringsNumbersCommentsAndTheDatabasesNamesAreColoured() {
        String text = "select u.name from User u -- who\nwhere u.id = 42 and u.name = 'it''s'";
        List<SyntaxSpans.Span> spans = SyntaxSpans.of(text, Set.of("user"));
        assertThat(styled(text, spans, "sql-keyword")).containsExactly("select", "from", "where", "and");
        assertThat(styled(text, spans, "sql-name")).containsExactly("User");
        assertThat(styled(text, spans, "sql-comment")).containsExactly("-- who");
        assertThat(styled(text, spans, "sql-number")).containsExactly("42");
        assertThat(styled(text, spans, "sql-string")).containsExactly("'it''s'");
    }

    @Test
    void anUnclosedStringOrCommentRunsToTheEnd() {
        assertThat(styled("where a = 'unfinished", SyntaxSpans.of("where a = 'unfinished", Set.of()), "sql-string"))
                .containsExactly("'unfinished");
        assertThat(styled("select /* half", SyntaxSpans.of("select /* half", Set.of()), "sql-comment")).containsExactly("/* half");
    }

    @Test
    void quotedIdentifiersAreNamesNotStrings() {
        String text = "select * from \"Order Items\" join `user`";
        assertThat(styled(text, SyntaxSpans.of(text, Set.of()), "sql-name")).containsExactly("\"Order Items\"", "`user`");
    }

    private static List<String> styled(String text, List<SyntaxSpans.Span> spans, String style) {
        return spans.stream().filter(s -> s.style().equals(style)).map(s -> text.substring(s.start(), s.end())).toList();
    }
}
