package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReadingTest {
    @Test
    void csvQuotesKeepDelimitersQuotesAndLineBreaksAndTellNullFromEmpty() {
        ImportTable table = CsvRecordReader.read("id,body,note\r\n1,\"a, \"\"quoted\"\"\nsecond line\",\r\n2,\"\",plain\n");
        assertThat(table.columns()).containsExactly("id", "body", "note");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).values()).containsExactly("1", "a, \"quoted\"\nsecond line", null);
        assertThat(table.rows().get(1).values()).containsExactly("2", "", "plain");
        assertThat(table.rows().get(1).line()).isEqualTo(4); // the first row took lines 2 and 3
    }

    @Test
    void theDelimiterIsFoundInTheHeaderLine() {
        assertThat(CsvRecordReader.read("a;b\n1;2\n").rows().get(0).values()).containsExactly("1", "2");
        assertThat(CsvRecordReader.read("a\tb\n1,5\t2\n").rows().get(0).values()).containsExactly("1,5", "2");
        assertThat(CsvRecordReader.read("a|b\n1|2\n").format()).isEqualTo("CSV (bar)");
        assertThat(CsvRecordReader.detectDelimiter("\"x;y\",z\n")).isEqualTo(',');
    }

    @Test
    void aRowOfAnotherWidthIsMalformedAndNamesItsLine() {
        assertThatThrownBy(() -> CsvRecordReader.read("a,b\n1,2\n3\n4,5,6\n"))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problems()).extracting(ImportProblem::line)
                        .containsExactly(3, 4))
                .hasMessageContaining("line 3").hasMessageContaining("1 values where the header has 2 columns");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItOpensOn() {
        assertThatThrownBy(() -> CsvRecordReader.read("a,b\n1,2\n3,\"open\nmore\n"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("line 3").hasMessageContaining("not closed");
    }

    @Test
    void aByteOrderMarkIsSkippedAndInvalidUtf8NamesItsLine() {
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "id,name\n1,Zoë\n".getBytes(StandardCharsets.UTF_8));
        ImportTable table = CsvRecordReader.read(ImportText.decode(bom));
        assertThat(table.columns()).containsExactly("id", "name");
        assertThat(table.rows().get(0).values()).containsExactly("1", "Zoë");

        byte[] latin1 = "id,name\n1,ok\n2,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> ImportText.decode(latin1))
                .isInstanceOfSatisfying(ImportFileException.class, e -> assertThat(e.problems().get(0).line()).isEqualTo(3))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void jsonArraysAndJsonLinesGiveTheSameRowsWithNullsEmptyTextAndExactNumbers() {
        String array = "[\n{\"id\": 1, \"price\": 0.1000000000000000055511, \"note\": null, \"tags\": [1, {\"a\": \"b\"}]},\n"
                + "{\"id\": 2, \"note\": \"\", \"ok\": true}\n]";
        String lines = "{\"id\": 1, \"price\": 0.1000000000000000055511, \"note\": null, \"tags\": [1, {\"a\": \"b\"}]}\n"
                + "{\"id\": 2, \"note\": \"\", \"ok\": true}\n";
        for (String text : List.of(array, lines)) {
            ImportTable table = JsonRecordReader.read(text);
            assertThat(table.columns()).containsExactly("id", "price", "note", "tags", "ok");
            assertThat(table.rows().get(0).values()).containsExactly("1", "0.1000000000000000055511", null, "[1,{\"a\":\"b\"}]", null);
            assertThat(table.rows().get(1).values()).containsExactly("2", null, "", null, "true");
        }
        assertThat(JsonRecordReader.read(lines).rows().get(1).line()).isEqualTo(2);
        assertThat(JsonRecordReader.read(array).rows().get(1).line()).isEqualTo(3);
    }

    @Test
    void brokenJsonNamesItsLine() {
        assertThatThrownBy(() -> JsonRecordReader.read("{\"id\": 1}\n{\"id\": 2,}\n"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("line 2").hasMessageContaining("JSON is broken");
        assertThatThrownBy(() -> JsonRecordReader.read("[1, 2]"))
                .isInstanceOf(ImportFileException.class).hasMessageContaining("expected an object");
    }

    @Test
    void theFormatComesFromTheNameElseTheFirstCharacter() {
        assertThat(ImportFiles.parse("[{\"a\": 1}]", "rows.txt.json", null).format()).isEqualTo("JSON");
        assertThat(ImportFiles.parse("{\"a\": 1}\n", "rows", null).format()).isEqualTo("JSON");
        assertThat(ImportFiles.parse("a;b\n1;2\n", "rows", null).format()).isEqualTo("CSV (semicolon)");
        assertThat(ImportFiles.parse("a;b\n1;2\n", "rows.csv", ',').rows().get(0).values()).containsExactly("1;2");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
