package dev.rowboat.data.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.type.descriptor.ValueExtractor;
import org.hibernate.type.descriptor.java.IntegerJavaType;
import org.hibernate.type.descriptor.java.LongJavaType;
import org.junit.jupiter.api.Test;

/** Whole numbers read from a real SQLite column with wasNull asked only after a 0: NULL and 0 stay apart. */
class SqliteWholeNumberExtractorTest {

    @Test
    void nullAndZeroStayApartAndLargeAndNegativeValuesReadWhole() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("create table t (n integer primary key, small integer, big bigint)");
            st.execute("insert into t values (1, 0, 0), (2, null, null), (3, -7, 9007199254740993), (4, 2147483647, -1)");
            ValueExtractor<Integer> integers = SqliteIntegerJdbcType.INSTANCE.getExtractor(IntegerJavaType.INSTANCE);
            ValueExtractor<Long> longs = SqliteBigIntJdbcType.INSTANCE.getExtractor(LongJavaType.INSTANCE);
            List<Optional<Integer>> small = new ArrayList<>();
            List<Optional<Long>> big = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select small, big from t order by n")) {
                while (rs.next()) {
                    small.add(Optional.ofNullable(integers.extract(rs, 1, null)));
                    big.add(Optional.ofNullable(longs.extract(rs, 2, null)));
                }
            }
            assertThat(small).containsExactly(Optional.of(0), Optional.empty(), Optional.of(-7), Optional.of(Integer.MAX_VALUE));
            assertThat(big).containsExactly(Optional.of(0L), Optional.empty(), Optional.of(9007199254740993L), Optional.of(-1L));
        }
    }
}
