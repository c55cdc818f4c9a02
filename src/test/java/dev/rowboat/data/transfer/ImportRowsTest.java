package dev.rowboat.data.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportRowsTest {
    private static final EntityInfo ARTIST = new EntityInfo("Artist", "artist", true, List.of(
            new AttributeInfo("id", AttributeKind.ID, Integer.class, "ArtistId", null, null, false, true, null),
            new AttributeInfo("name", AttributeKind.BASIC, String.class, "Name", null, null, true, false, 5L)), "name", List.of());
    private static final EntityInfo ITEM = new EntityInfo("Item", "item", true, List.of(
            new AttributeInfo("id", AttributeKind.ID, Long.class, "id", null, null, false, true, null),
            new AttributeInfo("price", AttributeKind.BASIC, BigDecimal.class, "price", null, null, false, false, null),
            new AttributeInfo("born", AttributeKind.BASIC, LocalDate.class, "born", null, null, true, false, null),
            new AttributeInfo("seen", AttributeKind.BASIC, Instant.class, "seen", null, null, true, false, null),
            new AttributeInfo("at", AttributeKind.BASIC, OffsetDateTime.class, "at", null, null, true, false, null),
            new AttributeInfo("data", AttributeKind.BASIC, byte[].class, "data", null, null, true, false, null),
            new AttributeInfo("ok", AttributeKind.BASIC, Boolean.class, "ok", null, null, true, false, null),
            new AttributeInfo("artist", AttributeKind.TO_ONE, Object.class, "artist_id", "Artist", null, true, false, null)),
            "id", List.of());
    private static final EntityCatalog CATALOG = new EntityCatalog(List.of(ARTIST, ITEM));

    @Test
    void headersMapToColumnsOrAttributesIgnoringCaseAndTheRestIsSkipped() {
        ImportMapping mapping = ImportMapping.byName(ITEM, CATALOG, List.of("ID", "Price", "artist_id", "unknown", "ok"));
        assertThat(mapping.targets()).extracting(a -> a == null ? null : a.name()).containsExactly("id", "price", "artist", null, "ok");
        assertThat(mapping.coversKey()).isTrue();
        ImportMapping moved = mapping.with(3, ITEM.attribute("price").orElseThrow());
        assertThat(moved.targets()).extracting(a -> a == null ? null : a.name()).containsExactly("id", null, "artist", "price", "ok");
    }

    @Test
    void valuesBecomeTheAttributesTypesByTheExportersTextForms() {
        ImportTable table = CsvRecordReader.read("id,price,born,seen,at,data,ok,artist_id\n"
                + "7,12345678901234567890.000001,2024-02-29,2024-01-02T03:04:05.123456+01:00,2024-01-02T03:04:05.5-03:00,AAEC/w==,yes,3\n"
                + "8,0,,2024-01-02T02:04:05Z,,\\x00ff,0,\n");
        ImportRows rows = ImportRows.convert(table, ImportMapping.byName(ITEM, CATALOG, table.columns()), CATALOG);
        assertThat(rows.refused()).isEmpty();
        var first = rows.rows().get(0).values();
        assertThat(first.get("price")).isEqualTo(new BigDecimal("12345678901234567890.000001"));
        assertThat(first.get("born")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(first.get("seen")).isEqualTo(Instant.parse("2024-01-02T02:04:05.123456Z"));
        assertThat(first.get("at")).isEqualTo(OffsetDateTime.parse("2024-01-02T03:04:05.5-03:00"));
        assertThat((byte[]) first.get("data")).containsExactly(0, 1, 2, -1);
        assertThat(first.get("ok")).isEqualTo(true);
        assertThat(first.get("artist")).isEqualTo(3); // the target's id type
        var second = rows.rows().get(1).values();
        assertThat(second).containsEntry("born", null).containsEntry("artist", null).containsEntry("ok", false);
        assertThat((byte[]) second.get("data")).containsExactly(0, -1);
    }

    @Test
    void badValuesRefuseTheirRowsWithLineAndColumnAndTheRestConvert() {
        ImportTable table = CsvRecordReader.read("id,price,born\n1,1.5,2024-01-01\n2,abc,2024-13-01\n3,,\n4,2,2024-02-02\n");
        ImportRows rows = ImportRows.convert(table, ImportMapping.byName(ITEM, CATALOG, table.columns()), CATALOG);
        assertThat(rows.rows()).extracting(ImportRows.Row::line).containsExactly(2, 5);
        assertThat(rows.refusedRows()).isEqualTo(2);
        assertThat(rows.refused()).extracting(ImportProblem::toString).containsExactly(
                "line 3, price: \"abc\" is not a number (price).",
                "line 3, born: \"2024-13-01\" is not a date like 2024-05-31 (born).",
                "line 4, price: price must have a value.");
        assertThat(rows.outcome(2)).isEqualTo("2 rows imported, 2 refused, see the report");
        assertThat(rows.report(2)).contains("line 3, price").contains("line 4, price");
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        ImportTable table = CsvRecordReader.read("ArtistId,Name\n1,Abba\n2,Queen!\n");
        ImportRows rows = ImportRows.convert(table, ImportMapping.byName(ARTIST, CATALOG, table.columns()), CATALOG);
        assertThat(rows.rows()).hasSize(1);
        assertThat(rows.refused().get(0).message()).isEqualTo("name is longer than 5 characters (6).");
    }
}
