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
import org.hibernate.type.descriptor.java.StringJavaType;
import org.junit.jupiter.api.Test;

/** Text read from a real SQLite column without the wasNull check: null stays null, empty stays empty. */
class SqliteVarcharJdbcTypeTest {

    @Test
    void nullAndEmptyTextStayApartAndNumbersInATextColumnReadAsTheirDigits() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:"); Statement st = c.createStatement()) {
            st.execute("create table t (n integer primary key, about varchar(140))");
            st.execute("insert into t values (1, 'coffee'), (2, ''), (3, null), (4, 42)");
            ValueExtractor<String> extractor = SqliteVarcharJdbcType.INSTANCE.getExtractor(StringJavaType.INSTANCE);
            List<Optional<String>> read = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select about from t order by n")) {
                while (rs.next()) {
                    read.add(Optional.ofNullable(extractor.extract(rs, 1, null)));
                }
            }
            assertThat(read).containsExactly(Optional.of("coffee"), Optional.of(""), Optional.empty(), Optional.of("42"));
        }
    }
}
