package dev.rowboat.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.catalog.EntityInfo;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.data.edit.RowEdit;
import dev.rowboat.data.edit.RowProblem;
import dev.rowboat.data.edit.SaveException;
import dev.rowboat.data.edit.UpdateRow;
import dev.rowboat.data.paging.Anchor;
import dev.rowboat.data.paging.Filter;
import dev.rowboat.data.paging.FilterOp;
import dev.rowboat.data.paging.PageRequest;
import dev.rowboat.data.paging.QueryCancel;
import dev.rowboat.data.paging.Row;
import dev.rowboat.data.reflect.NameHints;
import dev.rowboat.data.reflect.ReflectedMapping;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date-times that other programs keep in a SQLite file as epoch milliseconds, epoch seconds, Julian
 * days or text of their own layout: read as the time they are, and written back by a save in the
 * column's storage class and form, so the program that owns the file still reads them. Checked
 * with plain JDBC's {@code typeof()}.
 */
class SqliteTimestampStorageTest {
    private static final LocalDateTime READ = LocalDateTime.of(2024, 5, 1, 10, 0, 0, 250_000_000);
    private static final LocalDateTime EDITED = LocalDateTime.of(2025, 2, 3, 4, 5, 6, 789_000_000);
    /** SQLite's CURRENT_TIMESTAMP. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> COLUMNS = List.of("at_ms", "at_s", "at_jd", "at_text", "at_iso");

    /** Two rows of each form, the first at {@link #READ}, the second a year later; a third with none. */
    private static void create(TestDatabase test) {
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("create table event (id integer primary key, at_ms datetime, at_s timestamp, at_jd datetime,"
                        + " at_text datetime, at_iso datetime, note text)");
                for (int year = 0; year < 2; year++) {
                    LocalDateTime at = READ.plusYears(year);
                    s.execute("insert into event values (" + (year + 1) + ", " + epochMillis(at) + ", " + epochMillis(at) / 1000
                            + ", julianday('" + at.toString().replace('T', ' ') + "'), '" + SECONDS.format(at)
                            + "', '" + at + "', 'e" + year + "')");
                }
                s.execute("insert into event (id, note) values (3, 'none')");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static OpenDatabase open(TestDatabase test) {
        return new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults());
    }

    @Test
    void eachColumnIsReadAsTheTimeItsFormSays() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Map<String, Object> first = values(db, first(db, List.of()));
                assertThat(first).containsEntry("at_ms", READ).containsEntry("at_s", READ.withNano(0))
                        .containsEntry("at_jd", READ).containsEntry("at_text", READ.withNano(0)).containsEntry("at_iso", READ);
                // a filter's value is bound in the column's form, so it compares with numbers as numbers
                for (String column : COLUMNS) {
                    assertThat(db.pages().count("event", List.of(new Filter(column, FilterOp.GREATER_THAN, "2024-12-31T00:00")),
                            QueryCancel.none())).as(column).isEqualTo(1);
                }
            }
        }
    }

    @Test
    void anEditIsWrittenBackInTheColumnsStorageClassAndForm() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                // as the grid saves: the values read are the originals a change is checked against
                Map<String, Object> original = values(db, first(db, List.of()));
                Map<String, Object> changed = new LinkedHashMap<>();
                COLUMNS.forEach(c -> changed.put(c, EDITED));
                Map<String, Object> originals = new HashMap<>();
                COLUMNS.forEach(c -> originals.put(c, original.get(c)));
                Map<String, Object> inserted = new LinkedHashMap<>(changed);
                inserted.put("note", "new");
                List<RowEdit> edits = List.of(new UpdateRow("event", 1, originals, changed), new InsertRow("event", 1, inserted));
                assertThat(String.join("\n", db.changes().previewSql(edits)))
                        .contains("at_ms = " + epochMillis(EDITED), "at_s = " + epochMillis(EDITED) / 1000, "at_text = '2025-02-03 04:05:06'",
                                "at_iso = '2025-02-03T04:05:06.789'");
                db.changes().save(edits);

                for (int id : new int[] {1, 4}) {
                    List<Object> row = jdbc(test, "select typeof(at_ms), at_ms, typeof(at_s), at_s, typeof(at_jd), at_jd,"
                            + " typeof(at_text), at_text, typeof(at_iso), at_iso from event where id = " + id);
                    assertThat(row.get(0)).as("epoch milliseconds").isEqualTo("integer");
                    assertThat(((Number) row.get(1)).longValue()).isEqualTo(epochMillis(EDITED));
                    assertThat(row.get(2)).as("epoch seconds, the fraction left out").isEqualTo("integer");
                    assertThat(((Number) row.get(3)).longValue()).isEqualTo(epochMillis(EDITED) / 1000);
                    assertThat(row.get(4)).as("Julian day").isEqualTo("real");
                    assertThat(((Number) row.get(5)).doubleValue()).isCloseTo(julianDay(EDITED), within(1e-8));
                    assertThat(row.subList(6, 10)).as("text in each column's layout")
                            .containsExactly("text", "2025-02-03 04:05:06", "text", "2025-02-03T04:05:06.789");
                }
                assertThat(jdbc(test, "select count(*) from event where at_ms = " + epochMillis(READ.plusYears(1))))
                        .as("the other row is untouched").containsExactly(1);
            }
        }
    }

    @Test
    void aChangeBySomeoneElseToANumberIsStillAConflict() {
        try (TestDatabase test = TestDatabase.create(Dbms.SQLITE)) {
            create(test);
            try (OpenDatabase db = open(test)) {
                Map<String, Object> original = values(db, first(db, List.of()));
                // a second later, in each form
                jdbc(test, "update event set at_ms = at_ms + 1000, at_jd = at_jd + 1.0 / 86400 where id = 1");
                for (String column : List.of("at_ms", "at_jd")) {
                    assertThatThrownBy(() -> db.changes().save(List.of(
                            new UpdateRow("event", 1, Map.of(column, original.get(column)), Map.of(column, EDITED)))))
                            .as(column).isInstanceOfSatisfying(SaveException.class,
                                    e -> assertThat(e.problems().get(0).kind()).isEqualTo(RowProblem.Kind.CONFLICT));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            integer, 1714557600123,              EPOCH_MILLIS
            integer, 1714557600,                 EPOCH_SECONDS
            real,    1714557600.25,              EPOCH_SECONDS_REAL
            real,    2460431.9166666665,         JULIAN_DAY
            integer, 2460432,                    JULIAN_DAY
            text,    2024-05-01 10:00:00.123456, TEXT_MICROS
            text,    2024-05-01 10:00:00.123,    TEXT_MILLIS
            text,    2024-05-01 10:00:00,        TEXT_SECONDS
            text,    2024-05-01 10:00,           TEXT_MINUTES
            text,    2024-05-01T10:00:00.123,    ISO_MILLIS
            text,    2024-05-01,                 DATE
            """)
    void aStoredValueShowsItsForm(String storageClass, String value, SqliteTimestampForm form) {
        assertThat(SqliteTimestampForm.of(storageClass, value)).isEqualTo(form);
    }

    @Test
    void aColumnTakesTheFormMostOfItsValuesShowAndTheFinestLayoutOfItsText() {
        // Python writes a whole second without its ".000000"
        assertThat(SqliteTimestampForms.formOf(List.of(SqliteTimestampForm.TEXT_SECONDS, SqliteTimestampForm.TEXT_MICROS)))
                .isEqualTo(SqliteTimestampForm.TEXT_MICROS);
        // time.time() values that happen to be whole are stored as INTEGER
        assertThat(SqliteTimestampForms.formOf(List.of(SqliteTimestampForm.EPOCH_SECONDS, SqliteTimestampForm.EPOCH_SECONDS_REAL)))
                .isEqualTo(SqliteTimestampForm.EPOCH_SECONDS_REAL);
        assertThat(SqliteTimestampForms.formOf(List.of(SqliteTimestampForm.EPOCH_MILLIS, SqliteTimestampForm.EPOCH_MILLIS,
                SqliteTimestampForm.TEXT_MICROS))).isEqualTo(SqliteTimestampForm.EPOCH_MILLIS);
        assertThat(SqliteTimestampForms.formOf(List.of())).isNull();
        assertThat(SqliteTimestampForm.of("text", "next Tuesday")).as("no layout of a date").isNull();
        assertThat(SqliteTimestampForm.of("blob", "x")).isNull();
    }

    private static Row first(OpenDatabase db, List<Filter> filters) {
        return db.pages().fetch(new PageRequest("event", null, filters, Anchor.first(), 10), QueryCancel.none()).rows().get(0);
    }

    private static Map<String, Object> values(OpenDatabase db, Row row) {
        EntityInfo event = db.catalog().get("event");
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < event.attributes().size(); i++) {
            values.put(event.attributes().get(i).name(), row.cells().get(i));
        }
        return values;
    }

    private static long epochMillis(LocalDateTime time) {
        return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    private static double julianDay(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC).toEpochMilli() / 86_400_000d + 2440587.5;
    }

    /** Plain JDBC: the first row's values, or runs a statement that returns none. */
    private static List<Object> jdbc(TestDatabase test, String sql) {
        List<Object> values = new ArrayList<>();
        test.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                if (s.execute(sql)) {
                    try (ResultSet rs = s.getResultSet()) {
                        if (rs.next()) {
                            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                                values.add(rs.getObject(i));
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return values;
    }
}
