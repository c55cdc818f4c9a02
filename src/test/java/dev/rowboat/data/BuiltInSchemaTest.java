package dev.rowboat.data;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rowboat.schema.Dbms;
import dev.rowboat.testing.TestDatabase;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The tables Rowboat creates keep the tutorial's unique indexes on every database. */
class BuiltInSchemaTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void aSecondUserWithTheSameUsernameOrEmailIsRefused(Dbms dbms) {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample()) {
            String user = dbms == Dbms.MARIADB ? "`user`" : "\"user\"";
            test.jdbc(c -> assertThatThrownBy(() -> c.createStatement()
                    .execute("insert into " + user + " (username, email) values ('john', 'other@example.com')"))
                    .isInstanceOf(SQLException.class));
            test.jdbc(c -> assertThatThrownBy(() -> c.createStatement()
                    .execute("insert into " + user + " (username, email) values ('other', 'john@example.com')"))
                    .isInstanceOf(SQLException.class));
        }
    }
}
