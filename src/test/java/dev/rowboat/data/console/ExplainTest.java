package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plan statement runs on each real database and gives rows of plan text about the query. */
class ExplainTest {

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theExplainStatementGivesThePlanOfASelectAsRows(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            List<String> plan = new ArrayList<>();
            test.jdbc(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create table planned (id int primary key, name varchar(20))");
                    statement.execute("insert into planned values (1, 'a'), (2, 'b')");
                    try (ResultSet rows = statement.executeQuery(Explain.statementFor(dbms, "select name from planned where name = 'a'"))) {
                        while (rows.next()) {
                            StringBuilder row = new StringBuilder();
                            for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                                row.append(rows.getString(column)).append(' ');
                            }
                            plan.add(row.toString());
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(plan).isNotEmpty();
            assertThat(String.join("\n", plan)).as("the plan is about the query's table").containsIgnoringCase("planned");
        }
    }

    @ParameterizedTest
    @EnumSource(Dbms.class)
    void theStatementIsPrefixedAsEachDatabaseWantsIt(Dbms dbms) {
        assertThat(Explain.statementFor(dbms, "  select 1\n"))
                .isEqualTo(dbms == Dbms.SQLITE ? "EXPLAIN QUERY PLAN select 1" : "EXPLAIN select 1");
    }
}
