package dev.rowboat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SchemaComparison on two small SQLite files that differ in one thing each. */
class SchemaComparisonTest {
    private static final String USER = "create table \"user\" (id integer not null primary key, username varchar(64), email varchar(120))";

    @Test
    void theSameTablesHaveNoDifferenceAndToolTablesAndUnnamedAutoindexesAreIgnored() {
        assertThat(differences(
                List.of(USER, "create table alembic_version (version_num varchar(32) not null primary key)",
                        "create table p (a integer, b integer, unique (a, b))"),
                List.of(USER, "create table rowboat_history (revision varchar(12))",
                        "create table p (a integer, b integer, unique (a, b))"))).isEmpty();
    }

    @Test
    void aMissingTableIsOneDifference() {
        assertThat(differences(List.of(USER, "create table post (id integer primary key)"), List.of(USER)))
                .containsExactly("table post: present vs (none)");
    }

    @Test
    void columnsInAnotherOrderAreADifference() {
        assertThat(differences(List.of(USER),
                List.of("create table \"user\" (id integer not null primary key, email varchar(120), username varchar(64))")))
                .containsExactly("user: column order: [id, username, email] vs [id, email, username]");
    }

    @Test
    void anExtraColumnIsADifference() {
        assertThat(differences(List.of(USER),
                List.of("create table \"user\" (id integer not null primary key, username varchar(64), email varchar(120), about_me text)")))
                .containsExactly("user: columns: [id, username, email] vs [id, username, email, about_me]");
    }

    @Test
    void aLengthIsPartOfTheType() {
        assertThat(differences(List.of(USER),
                List.of("create table \"user\" (id integer not null primary key, username varchar(80), email varchar(120))")))
                .containsExactly("user: column username type: varchar(64) vs varchar(80)");
    }

    @Test
    void nullabilityIsCompared() {
        assertThat(differences(List.of(USER),
                List.of("create table \"user\" (id integer not null primary key, username varchar(64) not null, email varchar(120))")))
                .containsExactly("user: column username nullable: true vs false");
    }

    @Test
    void aCompositePrimaryKeyDiffersFromNone() {
        assertThat(differences(List.of("create table f (a integer not null, b integer not null)"),
                List.of("create table f (a integer not null, b integer not null, primary key (a, b))")))
                .containsExactly("f: primary key: [] vs [a, b]");
    }

    @Test
    void aUniqueIndexIsNotAUniqueConstraint() {
        assertThat(differences(List.of(USER, "create unique index ix_user_email on \"user\" (email)"),
                List.of("create table \"user\" (id integer not null primary key, username varchar(64), email varchar(120),"
                        + " constraint ix_user_email unique (email))")))
                .containsExactlyInAnyOrder("user: index ix_user_email: unique [email] vs (none)",
                        "user: unique constraint on [email]: (none) vs named ix_user_email");
    }

    @Test
    void whetherAnIndexIsUniqueIsCompared() {
        assertThat(differences(List.of(USER, "create unique index ix_user_email on \"user\" (email)"),
                List.of(USER, "create index ix_user_email on \"user\" (email)")))
                .containsExactly("user: index ix_user_email: unique [email] vs [email]");
    }

    @Test
    void aNamedUniqueConstraintDiffersFromAnUnnamedOne() {
        assertThat(differences(List.of("create table p (a integer, constraint uq_p_a unique (a))"),
                List.of("create table p (a integer, unique (a))")))
                .containsExactly("p: unique constraint on [a]: named uq_p_a vs unnamed");
    }

    @Test
    void aForeignKeyIsItsColumnsAndTargetWhateverItsName() {
        String post = "create table post (id integer primary key, user_id integer, ";
        assertThat(differences(List.of(USER, post + "foreign key (user_id) references \"user\" (id))"),
                List.of(USER, post + "constraint fk_post_user_id foreign key (user_id) references \"user\" (id))"))).isEmpty();
        assertThat(differences(List.of(USER, post + "foreign key (user_id) references \"user\" (id))"),
                List.of(USER, post + "foreign key (id) references \"user\" (id))")))
                .containsExactly("post: foreign keys: [[user_id] -> user[id]] vs [[id] -> user[id]]");
    }

    private static List<String> differences(List<String> left, List<String> right) {
        try (TestDatabase a = TestDatabase.create(Dbms.SQLITE); TestDatabase b = TestDatabase.create(Dbms.SQLITE)) {
            run(a, left);
            run(b, right);
            return SchemaComparison.compare(a.spec(), b.spec()).stream().map(Object::toString).toList();
        }
    }

    private static void run(TestDatabase db, List<String> statements) {
        db.jdbc(c -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
