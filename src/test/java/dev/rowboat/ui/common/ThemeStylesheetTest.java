package dev.rowboat.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * Rowboat's stylesheet ships in JavaFX's binary form beside its text (made by the build's
 * {@code binary-css} step), which JavaFX reads instead of parsing the text at every start. Without
 * the binary JavaFX falls back to the text silently, so these tests are what notices.
 */
class ThemeStylesheetTest {
    private static final URL TEXT = ThemeStylesheetTest.class.getResource("/css/rowboat.css");
    private static final URL BINARY = ThemeStylesheetTest.class.getResource("/css/rowboat.bss");

    @Test
    void theBinaryFormIsBesideTheText() {
        assertThat(TEXT).isNotNull();
        assertThat(BINARY).as("css/rowboat.bss, made by the build from css/rowboat.css").isNotNull();
    }

    @Test
    void theBinaryFormHoldsTheTextsRules() throws Exception {
        Stylesheet text = new CssParser().parse(TEXT);
        Stylesheet binary = Stylesheet.loadBinary(BINARY);
        assertThat(describe(binary.getRules())).isNotEmpty().isEqualTo(describe(text.getRules()));
    }

    /** Each rule's selectors and declarations, as text. */
    private static List<String> describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getSelectors() + " " + rule.getDeclarations().stream()
                .map(d -> d.getProperty() + ": " + d.getParsedValue()).toList()).toList();
    }
}
