package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.schema.Dbms;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ExportFormatsTest {
    private static final List<String> COLUMNS = List.of("id", "body", "price", "at", "data");
    private static final OffsetDateTime AT = OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.ofHours(1));
    private static final List<Object[]> ROWS = List.of(
            new Object[] {1L, "plain", new BigDecimal("10.50"), AT, new byte[] {1, 2, (byte) 0xff}},
            new Object[] {2L, "", null, null, null},
            new Object[] {3L, "a,b \"q\"\r\nnext", new BigDecimal("1E+3"), OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 0, ZoneOffset.UTC), new byte[0]},
            new Object[] {4L, "ünï 中文 | \\ tab\tend", new BigDecimal("-0.000001"), null, null});

    private static String write(ExportOptions options) throws IOException {
        StringWriter out = new StringWriter();
        Export.toWriter(ListSource.of(COLUMNS, ROWS), options, out, 2, QueryCancel.none(), ExportProgress.NONE);
        return out.toString();
    }

    @Test
    void csvQuotesWhatNeedsItKeepsNullApartFromEmptyAndEndsLinesWithCrlf() throws IOException {
        assertThat(write(ExportOptions.of(ExportFormat.CSV, Dbms.H2))).isEqualTo(
                "id,body,price,at,data\r\n"
                        + "1,plain,10.50,2024-01-02T03:04:05.123456+01:00,AQL/\r\n"
                        + "2,\"\",,,\r\n"
                        + "3,\"a,b \"\"q\"\"\r\nnext\",1000,2024-06-01T00:00:00Z,\"\"\r\n"
                        + "4,ünï 中文 | \\ tab\tend,-0.000001,,\r\n");
    }

    @Test
    void csvWithAnotherDelimiterQuotesThatOneAndHexBinary() throws IOException {
        String csv = write(ExportOptions.of(ExportFormat.CSV, Dbms.H2).withDelimiter('\t').withBinary(ValueText.Binary.HEX));
        assertThat(csv).startsWith("id\tbody\tprice\tat\tdata\r\n1\tplain\t10.50\t2024-01-02T03:04:05.123456+01:00\t\\x0102ff\r\n");
        assertThat(csv).contains("\r\n3\t\"a,b \"\"q\"\"\r\nnext\"\t1000\t").contains("\r\n4\t\"ünï 中文 | \\ tab\tend\"\t");
        assertThat(write(ExportOptions.of(ExportFormat.CSV, Dbms.H2).withDelimiter(';'))).contains("\r\n3;\"a,b \"\"q\"\"\r\nnext\";1000;");
    }

    @Test
    void jsonArrayHasNullAndEmptyStringNumbersExactAndBinaryAsBase64() throws IOException {
        assertThat(write(ExportOptions.of(ExportFormat.JSON, Dbms.H2))).isEqualTo("[\n"
                + "{\"id\":1,\"body\":\"plain\",\"price\":10.50,\"at\":\"2024-01-02T03:04:05.123456+01:00\",\"data\":\"AQL/\"},\n"
                + "{\"id\":2,\"body\":\"\",\"price\":null,\"at\":null,\"data\":null},\n"
                + "{\"id\":3,\"body\":\"a,b \\\"q\\\"\\r\\nnext\",\"price\":1000,\"at\":\"2024-06-01T00:00:00Z\",\"data\":\"\"},\n"
                + "{\"id\":4,\"body\":\"ünï 中文 | \\\\ tab\\tend\",\"price\":-0.000001,\"at\":null,\"data\":null}\n"
                + "]\n");
    }

    @Test
    void jsonLinesIsOneObjectALineAndAnEmptyArrayIsValid() throws IOException {
        String lines = write(ExportOptions.of(ExportFormat.JSONL, Dbms.H2));
        assertThat(lines.split("\n", -1)).hasSize(5);
        assertThat(lines).startsWith("{\"id\":1,\"body\":\"plain\",").endsWith("\"at\":null,\"data\":null}\n");
        StringWriter empty = new StringWriter();
        Export.toWriter(ListSource.of(COLUMNS, List.of()), ExportOptions.of(ExportFormat.JSON, Dbms.H2), empty, 10,
                QueryCancel.none(), ExportProgress.NONE);
        assertThat(empty).hasToString("[]\n");
    }

    @Test
    void markdownEscapesPipesAndLineBreaksAndTellsNullFromEmpty() throws IOException {
        assertThat(write(ExportOptions.of(ExportFormat.MARKDOWN, Dbms.H2))).isEqualTo(
                "| id | body | price | at | data |\n"
                        + "| --- | --- | --- | --- | --- |\n"
                        + "| 1 | plain | 10.50 | 2024-01-02T03:04:05.123456+01:00 | AQL/ |\n"
                        + "| 2 | \"\" | | | |\n"
                        + "| 3 | a,b \"q\"<br>next | 1000 | 2024-06-01T00:00:00Z | \"\" |\n"
                        + "| 4 | ünï 中文 \\| \\\\ tab\tend | -0.000001 | | |\n");
    }

    @Test
    void sqlInsertsArePerDialectInBatches() throws IOException {
        ExportOptions postgres = new ExportOptions(ExportFormat.SQL, ',', ValueText.Binary.BASE64, Dbms.POSTGRESQL, 3);
        assertThat(write(postgres)).isEqualTo(
                "INSERT INTO \"post\" (\"id\", \"body\", \"price\", \"at\", \"data\") VALUES\n"
                        + "(1, 'plain', 10.50, '2024-01-02 03:04:05.123456+01:00', '\\x0102ff'::bytea),\n"
                        + "(2, '', NULL, NULL, NULL),\n"
                        + "(3, 'a,b \"q\"\r\nnext', 1000, '2024-06-01 00:00:00Z', '\\x'::bytea);\n"
                        + "INSERT INTO \"post\" (\"id\", \"body\", \"price\", \"at\", \"data\") VALUES\n"
                        + "(4, 'ünï 中文 | \\ tab\tend', -0.000001, NULL, NULL);\n");
        String maria = write(ExportOptions.of(ExportFormat.SQL, Dbms.MARIADB));
        assertThat(maria).startsWith("INSERT INTO `post` (`id`, `body`, `price`, `at`, `data`) VALUES\n(1, 'plain', 10.50, ")
                .contains("X'0102ff'").contains("'ünï 中文 | \\\\ tab\tend'");
        assertThat(write(ExportOptions.of(ExportFormat.SQL, Dbms.H2))).startsWith("INSERT INTO post (id, body, price, at, data) VALUES\n");
    }

    @Test
    void sqlLiteralsForBooleansDateTimesAndQuotes() {
        assertThat(SqlLiterals.of(Dbms.SQLITE).value(true)).isEqualTo("1");
        assertThat(SqlLiterals.of(Dbms.POSTGRESQL).value(false)).isEqualTo("FALSE");
        assertThat(SqlLiterals.of(Dbms.H2).value("it's")).isEqualTo("'it''s'");
        assertThat(SqlLiterals.of(Dbms.MARIADB).value("a\\'b")).isEqualTo("'a\\\\''b'");
        assertThat(SqlLiterals.of(Dbms.MARIADB).value(LocalDateTime.of(2024, 5, 1, 10, 0))).isEqualTo("'2024-05-01 10:00:00'");
        assertThat(SqlLiterals.of(Dbms.H2).value(LocalDateTime.of(2024, 5, 1, 10, 0, 0, 120_000_000)))
                .isEqualTo("'2024-05-01 10:00:00.12'");
        assertThat(SqlLiterals.of(Dbms.H2).identifier("user")).isEqualTo("\"user\"");
        assertThat(SqlLiterals.of(Dbms.MARIADB).identifier("we`ird")).isEqualTo("`we``ird`");
        assertThat(SqlLiterals.of(Dbms.SQLITE).value(Double.NaN)).isEqualTo("'NaN'");
    }

    @Test
    void valueTextKeepsEveryDigitAndZone() {
        assertThat(ValueText.of(new BigDecimal("0.10"), null)).isEqualTo("0.10");
        assertThat(ValueText.of(new BigDecimal("1.5E-10"), null)).isEqualTo("0.00000000015");
        assertThat(ValueText.of(0.1 + 0.2, null)).isEqualTo("0.30000000000000004");
        assertThat(Double.parseDouble(ValueText.of(1e300, null))).isEqualTo(1e300);
        assertThat(ValueText.of(1.1f, null)).isEqualTo("1.1");
        assertThat(ValueText.of(Instant.parse("2024-01-02T03:04:05.000000001Z"), null)).isEqualTo("2024-01-02T03:04:05.000000001Z");
        assertThat(ValueText.of(LocalDateTime.of(2024, 1, 2, 3, 4), null)).isEqualTo("2024-01-02T03:04:00");
        assertThat(ValueText.of(OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.ofHoursMinutes(-5, -30)), null))
                .isEqualTo("2024-01-02T03:04:00-05:30");
        assertThat(ValueText.of(LocalDate.of(2024, 2, 29), null)).isEqualTo("2024-02-29");
        assertThat(ValueText.of(LocalTime.of(23, 59, 59, 500_000_000), null)).isEqualTo("23:59:59.5");
        assertThat(ValueText.of(true, null)).isEqualTo("true");
        UUID uuid = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(ValueText.of(uuid, null)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
        assertThat(ValueText.of(new byte[] {(byte) 0xfb, (byte) 0xff}, ValueText.Binary.BASE64)).isEqualTo("+/8=");
        assertThat(ValueText.of(new byte[] {(byte) 0xAB, 0x01}, ValueText.Binary.HEX)).isEqualTo("\\xab01");
        assertThat(ValueText.of(null, ValueText.Binary.BASE64)).isNull();
        assertThat(ValueText.of("", null)).isEmpty();
    }

    @Test
    void formatsAreNamedAsTheCommandLineTakesThem() {
        assertThat(ExportFormat.named("JSONL")).contains(ExportFormat.JSONL);
        assertThat(ExportFormat.named("md")).contains(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.named("markdown")).contains(ExportFormat.MARKDOWN);
        assertThat(ExportFormat.named("xlsx")).isEmpty();
        assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::extension)).contains("csv", "json", "jsonl", "sql", "md");
    }
}
