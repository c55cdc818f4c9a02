package dev.rowboat.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.OpenDatabase;
import dev.rowboat.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reader on schemas Rowboat did not render: Hibernate's, and hand-written SQL. */
class LiveSchemaReaderTest {
    @ParameterizedTest
    @EnumSource(Dbms.class)
    void readsTheMicroblogSchemaHibernateCreated(Dbms dbms) throws Exception {
        try (TestDatabase test = TestDatabase.create(dbms); OpenDatabase db = test.openWithSample();
             Connection c = connect(test)) {
            SchemaSnapshot s = LiveSchemaReader.read(c, dbms);
            assertThat(s.tables()).extracting(TableSpec::name)
                    .contains("user", "post", "profile", "tag", "post_tag", "followers");
            TableSpec user = s.table("user").orElseThrow();
            assertThat(user.primaryKey()).containsExactly("id");
            assertThat(user.column("id").orElseThrow().autoIncrement()).isTrue();
            assertThat(s.table("post_tag").orElseThrow().primaryKey()).hasSize(2);
            if (dbms != Dbms.SQLITE) { // Hibernate's SQLite dialect creates no foreign keys
                assertThat(s.table("post").orElseThrow().foreignKeys()).extracting(ForeignKeySpec::refTable).contains("user");
                assertThat(s.table("post_tag").orElseThrow().foreignKeys()).hasSize(2);
            }
        }
    }

    @Test
    void postgresSerialAndIdentityAreBothAutoIncrementWithoutTheirSequenceDefault() throws Exception {
        try (TestDatabase test = TestDatabase.create(Dbms.POSTGRESQL); Connection c = connect(test);
             Statement s = c.createStatement()) {
            s.execute("create table a (id serial primary key, b bigint generated always as identity,"
                    + " c varchar(10) default 'x', d integer default -1, e numeric(5,2) default 1.50)");
            TableSpec a = LiveSchemaReader.read(c, Dbms.POSTGRESQL).table("a").orElseThrow();
            assertThat(a.columns()).extracting(ColumnSpec::autoIncrement).containsExactly(true, true, false, false, false);
            assertThat(a.columns()).extracting(ColumnSpec::defaultSql).containsExactly(null, null, "'x'", "-1", "1.5");
        }
    }

    @Test
    void defaultsLoseCastsParenthesesAndDatabaseSpellings() {
        assertThat(DefaultValues.normalise("'draft'::character varying", ColumnType.varchar(5))).isEqualTo("'draft'");
        assertThat(DefaultValues.normalise("('-1'::integer)", ColumnType.of(TypeKind.INTEGER))).isEqualTo("-1");
        assertThat(DefaultValues.normalise("current_timestamp(6)", ColumnType.of(TypeKind.TIMESTAMP))).isEqualTo("CURRENT_TIMESTAMP");
        assertThat(DefaultValues.normalise("NULL", ColumnType.varchar(5))).isNull();
        assertThat(DefaultValues.normalise("1", ColumnType.of(TypeKind.BOOLEAN))).isEqualTo("true");
        assertThat(DefaultValues.normalise("(a) + (b)", ColumnType.of(TypeKind.INTEGER))).isEqualTo("(a) + (b)");
    }

    @Test
    void mariaDbCannotTellAUniqueIndexFromAUniqueConstraint() {
        TableSpec t = new TableSpec("t", List.of(ColumnSpec.of("a", ColumnType.of(TypeKind.INTEGER), true)), List.of(),
                List.of(), List.of(), List.of(new IndexSpec("ux_a", "t", List.of("a"), true)));
        assertThat(ReadBackForm.of(t, Dbms.MARIADB).uniques()).containsExactly(new UniqueSpec("ux_a", "t", List.of("a")));
        assertThat(ReadBackForm.of(t, Dbms.POSTGRESQL).indexes()).hasSize(1);
    }

    private static Connection connect(TestDatabase test) throws Exception {
        return DriverManager.getConnection(test.spec().jdbcUrl(), test.spec().user() == null ? "" : test.spec().user(), "");
    }
}
