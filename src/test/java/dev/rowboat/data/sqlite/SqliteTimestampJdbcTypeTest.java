package dev.rowboat.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.LocalDateTimeJavaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forms a date-time takes in SQLite files that Python, the sqlite3 shell or a JDBC program wrote. */
class SqliteTimestampJdbcTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2024-05-01 10:00:00.123456,    2024-05-01T10:00:00.123456
            2024-05-01 10:00:00.000000,    2024-05-01T10:00
            2024-05-01 10:00:00.5,         2024-05-01T10:00:00.5
            2024-05-01 10:00:00.123,       2024-05-01T10:00:00.123
            2024-05-01 10:00:00,           2024-05-01T10:00
            2024-05-01 10:00,              2024-05-01T10:00
            2024-05-01T10:00:00.123456789, 2024-05-01T10:00:00.123456789
            2024-05-01,                    2024-05-01T00:00
            ' 2024-05-01 10:00:00 ',       2024-05-01T10:00
            """)
    void textIsReadAsWrittenWithEveryFractionDigitInItsPlace(String stored, LocalDateTime expected) throws SQLException {
        assertThat(SqliteTimestampJdbcType.parse(stored)).isEqualTo(expected);
    }

    @Test
    void numbersLeftByOtherProgramsAreReadToo() throws SQLException {
        LocalDateTime wallClock = LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_000_000);
        long epochMillis = wallClock.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        assertThat(SqliteTimestampJdbcType.parse(epochMillis)).as("sqlite-jdbc's setTimestamp").isEqualTo(wallClock);
        // SQLite's julianday('2024-05-01 12:00:00'), in UTC as all of SQLite's date functions are.
        assertThat(SqliteTimestampJdbcType.parse(2460432.0)).isEqualTo(LocalDateTime.of(2024, 5, 1, 12, 0));
        assertThat(SqliteTimestampJdbcType.parse(null)).isNull();
    }

    @Test
    void theExtractorReadsEveryStorageClassFromARealSqliteColumn() throws SQLException {
        // A whole Julian day in a DATETIME column is stored as an INTEGER (numeric affinity) and so
        // reads as epoch milliseconds, as it did through getObject: a quarter day keeps it a REAL.
        LocalDateTime wallClock = LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_000_000);
        long epochMillis = wallClock.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("create table t (n integer primary key, ts datetime)");
            st.execute("insert into t values (1, '2024-05-01 10:00:00.123456'), (2, " + epochMillis + "), (3, 2460432.25),"
                    + " (4, null), (5, '2024-05-01T10:00'), (6, 'soon')");
            ValueExtractor<LocalDateTime> extractor = SqliteTimestampJdbcType.INSTANCE.getExtractor(LocalDateTimeJavaType.INSTANCE);
            List<Object> read = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select ts from t order by n")) {
                while (rs.next()) {
                    try {
                        read.add(Optional.ofNullable(extractor.extract(rs, 1, null)));
                    } catch (SQLException e) {
                        read.add(e.getMessage());
                    }
                }
            }
            assertThat(read).containsExactly(Optional.of(LocalDateTime.of(2024, 5, 1, 10, 0, 0, 123_456_000)), Optional.of(wallClock),
                    Optional.of(LocalDateTime.of(2024, 5, 1, 18, 0)), Optional.empty(), Optional.of(LocalDateTime.of(2024, 5, 1, 10, 0)),
                    "\"soon\" is not a date and time like 2024-05-01 10:00:00.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2024-13-01 10:00:00
            2024-02-30 10:00:00.000000
            2024-05-01 1a:00:00
            2024-05-01 24:00:00
            """)
    void fixedWidthTextOutOfRangeOrWithOtherCharactersIsRefusedLikeAnyOther(String stored) {
        assertThatThrownBy(() -> SqliteTimestampJdbcType.parse(stored))
                .isInstanceOf(SQLException.class)
                .hasMessageStartingWith("\"" + stored + "\" is not a date and time");
    }

    @Test
    void textThatIsNoDateSaysSo() {
        assertThatThrownBy(() -> SqliteTimestampJdbcType.parse("next Tuesday"))
                .isInstanceOf(SQLException.class)
                .hasMessage("\"next Tuesday\" is not a date and time like 2024-05-01 10:00:00.");
    }

    @Test
    void writtenTextIsSqlalchemysAndSortsAsTimeDoes() throws SQLException {
        List<LocalDateTime> times = List.of(
                LocalDateTime.of(2024, 5, 1, 10, 0),
                LocalDateTime.of(2024, 5, 1, 9, 59, 59, 999_999_000),
                LocalDateTime.of(2024, 5, 1, 10, 0, 0, 1_000),
                LocalDateTime.of(2023, 12, 31, 23, 0),
                LocalDateTime.ofInstant(Instant.parse("2024-05-01T10:00:00.5Z"), ZoneId.of("UTC")));
        assertThat(SqliteTimestampJdbcType.format(times.get(0))).isEqualTo("2024-05-01 10:00:00.000000");
        assertThat(SqliteTimestampJdbcType.format(times.get(2))).isEqualTo("2024-05-01 10:00:00.000001");

        List<String> stored = times.stream().map(SqliteTimestampJdbcType::format).sorted().toList();
        assertThat(stored).containsExactlyElementsOf(
                times.stream().sorted(Comparator.naturalOrder()).map(SqliteTimestampJdbcType::format).toList());
        for (LocalDateTime time : times) {
            assertThat(SqliteTimestampJdbcType.parse(SqliteTimestampJdbcType.format(time))).isEqualTo(time);
        }
    }
}
