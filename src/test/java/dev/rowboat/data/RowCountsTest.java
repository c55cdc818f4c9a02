package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entity list's counts, counted ahead at start-up: used once, and never instead of a count asked for later. */
class RowCountsTest {
    private final JdbcDataSource source = new JdbcDataSource();
    private Connection keepAlive;

    @BeforeEach
    void table() throws SQLException {
        source.setURL("jdbc:h2:mem:rowcounts" + System.nanoTime());
        keepAlive = source.getConnection();
        run("create table post (id int primary key)");
        run("insert into post select x from system_range(1, 3)");
    }

    @AfterEach
    void close() throws SQLException {
        keepAlive.close();
    }

    @Test
    void theFirstEstimateTakesTheCountMadeAheadAndTheNextOneCountsAgain() throws SQLException {
        RowCounts counts = new RowCounts(source, Dbms.H2);
        counts.countAhead(List.of("POST"));
        run("insert into post values (4)");

        assertThat(counts.estimate("POST").value()).as("made ahead, before the insert").isEqualTo(3);
        assertThat(counts.estimate("POST").value()).as("a refresh counts again").isEqualTo(4);
    }

    @Test
    void aTableAlreadyAskedForIsNotCountedAheadForLater() throws SQLException {
        RowCounts counts = new RowCounts(source, Dbms.H2);
        assertThat(counts.estimate("POST").value()).isEqualTo(3);
        counts.countAhead(List.of("POST"));
        run("insert into post values (4)");

        assertThat(counts.estimate("POST").value()).isEqualTo(4);
    }

    @Test
    void aTableThatCannotBeCountedAheadIsLeftToItsEstimate() {
        RowCounts counts = new RowCounts(source, Dbms.H2);
        counts.countAhead(List.of("NO_SUCH_TABLE", "POST"));

        assertThat(counts.estimate("POST").value()).isEqualTo(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> counts.estimate("NO_SUCH_TABLE"))
                .isInstanceOf(dev.rowboat.schema.DatabaseException.class).hasMessageContaining("NO_SUCH_TABLE");
    }

    private void run(String sql) throws SQLException {
        try (Statement statement = keepAlive.createStatement()) {
            statement.execute(sql);
        }
    }
}
