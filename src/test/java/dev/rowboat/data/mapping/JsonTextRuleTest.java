package dev.rowboat.data.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text rules of JSON and enum columns, as sentences a person reads in the cell. */
class JsonTextRuleTest {
    private static final TextRule JSON = TextRule.json(true);

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[]", "{\"a\": [1, 2.5e3, true, null, \"x\\u00e9\"]}", "  {\"nested\": {\"b\": {}}}\n", "42", "\"text\"",
            "null", "-0.5", "[{\"a\":1},{\"a\":2}]"})
    void validJsonIsAllowed(String text) {
        assertThat(JSON.problem(text, "doc")).isNull();
        assertThat(JSON.allows(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{a: 1}", "{'a': 1}", "{\"a\": 1,}", "[1, 2", "{\"a\": 1} {\"b\": 2}", "1 2", "NaN", "01",
            "{\"a\": 1} // note", "tru", "{\"a\" 1}", "[1,]"})
    void invalidJsonIsRefused(String text) {
        assertThat(JSON.problem(text, "doc")).startsWith("doc must be valid JSON; ");
    }

    @Test
    void theSentenceSaysWhatAndWhere() {
        assertThat(JSON.problem("{\"a\": 1,}", "doc")).isEqualTo("doc must be valid JSON; \"{\"a\": 1,}\" is not: Unexpected character"
                + " ('}' (code 125)): was expecting double-quote to start field name (line 1, column 9).");
        assertThat(JSON.problem("{\"a\": 1} x", "doc")).contains("Unrecognized token 'x'").endsWith("(line 1, column 10)."); // where the token starts (Jackson 2.20+)
        assertThat(JSON.problem("{\"a\": 1} 2", "doc")).contains("more follows after the JSON value (line 1, column 10).");
        assertThat(JSON.problem("[1, 2", "doc")).contains("Unexpected end-of-input").endsWith("(line 1, column 6).");
        assertThat(JSON.problem("", "doc")).isEqualTo("doc must be valid JSON; \"\" is not: it is empty.");
        assertThat(JSON.problem("[" + "1,".repeat(30) + "x]", "doc")).contains("\"" + "[" + "1,".repeat(19) + "1…\" is not");
    }

    @Test
    void anEnumAllowsItsValuesExactlyAndNamesThemWhenRefusing() {
        TextRule mood = TextRule.oneOf(List.of("sad", "ok", "happy"), true);
        assertThat(mood.problem("ok", "mood")).isNull();
        assertThat(mood.problem("OK", "mood")).isEqualTo("mood must be one of sad, ok, happy; \"OK\" is not.");
        assertThat(mood.problem("angry", "mood")).isEqualTo("mood must be one of sad, ok, happy; \"angry\" is not.");
    }
}
