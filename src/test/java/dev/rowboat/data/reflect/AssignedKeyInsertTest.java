package dev.rowboat.data.reflect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.ConnectOptions;
import dev.rowboat.data.DatabaseOpener;
import dev.rowboat.data.OpenDatabase;
import dev.rowboat.data.edit.InsertRow;
import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A reflected table whose key the database does not assign takes a new row with the key the person types. */
class AssignedKeyInsertTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aRowIsInsertedWithTheKeyThePersonGives(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms)) {
            // INT, not INTEGER: on SQLite only INTEGER PRIMARY KEY is the rowid the database assigns
            test.jdbc(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("create table code (id int not null primary key, label varchar(20))");
                    s.execute("insert into code values (1, 'one')");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            try (OpenDatabase db = new DatabaseOpener(new ReflectedMapping(NameHints.NONE), false).open(test.spec(), ConnectOptions.defaults())) {
                db.changes().save(List.of(new InsertRow("code", 1, Map.of("id", 42, "label", "answer"))));
            }
            test.jdbc(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select label from code where id = 42")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("answer");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
