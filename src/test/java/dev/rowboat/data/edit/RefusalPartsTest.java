package dev.rowboat.data.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.data.edit.RefusalParts.Rule;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Each database words a refusal its own way; these are their words, as captured from the real servers. */
class RefusalPartsTest {
    @Test
    void uniqueViolationsOfEachDatabase() {
        assertThat(parts(new SQLException("ERROR: duplicate key value violates unique constraint \"ix_user_username\"\n"
                + "  Detail: Key (username)=(john) already exists.", "23505"), false))
                .extracting(RefusalParts::rule, RefusalParts::constraintName).containsExactly(Rule.UNIQUE, "ix_user_username");
        assertThat(parts(new SQLException("Unique index or primary key violation: \"PUBLIC.IX_USER_USERNAME_INDEX_3 ON PUBLIC."
                + "\"\"user\"\"(USERNAME NULLS FIRST) VALUES ( /* 1 */ 'john' )\"; SQL statement:\nupdate ...", "23505", 23505), false))
                .extracting(RefusalParts::rule, RefusalParts::constraintName).containsExactly(Rule.UNIQUE, "IX_USER_USERNAME");
        assertThat(parts(new SQLException("(conn=758) Duplicate entry 'david' for key 'ix_user_username'", "23000", 1062), false))
                .extracting(RefusalParts::rule, RefusalParts::constraintName, RefusalParts::message)
                .containsExactly(Rule.UNIQUE, "ix_user_username", "Duplicate entry 'david' for key 'ix_user_username'");
        RefusalParts sqlite = parts(new SQLException("[SQLITE_CONSTRAINT_UNIQUE] A UNIQUE constraint failed "
                + "(UNIQUE constraint failed: user.username)", null, 19), false);
        assertThat(sqlite.rule()).isEqualTo(Rule.UNIQUE);
        assertThat(sqlite.constraintName()).isNull();
        assertThat(sqlite.columns()).containsExactly("username");
        assertThat(sqlite.message()).isEqualTo("UNIQUE constraint failed: user.username");
    }

    @Test
    void foreignKeysNameTheConstraintAndTheReferencingTable() {
        RefusalParts pgDelete = parts(new SQLException("ERROR: update or delete on table \"user\" violates foreign key constraint"
                + " \"fkgkc6ek41lqig13kbd0frrsabn\" on table \"followers\"\n  Detail: Key (id)=(1) is still referenced", "23503"), true);
        assertThat(pgDelete).extracting(RefusalParts::rule, RefusalParts::constraintName, RefusalParts::referencingTable)
                .containsExactly(Rule.STILL_REFERENCED, "fkgkc6ek41lqig13kbd0frrsabn", "followers");
        RefusalParts pgInsert = parts(new SQLException("ERROR: insert or update on table \"post\" violates foreign key constraint"
                + " \"fk_post_user_id\"\n  Detail: Key (user_id)=(999) is not present in table \"user\".", "23503"), false);
        assertThat(pgInsert.rule()).isEqualTo(Rule.MISSING_TARGET);
        RefusalParts h2 = parts(new SQLException("Referential integrity constraint violation: \"FKGKC6EK41LQIG13KBD0FRRSABN:"
                + " PUBLIC.FOLLOWERS FOREIGN KEY(FOLLOWED_ID) REFERENCES PUBLIC.\"\"user\"\"(ID) (1)\"; SQL statement:", "23503", 23503), true);
        assertThat(h2).extracting(RefusalParts::rule, RefusalParts::constraintName, RefusalParts::referencingTable)
                .containsExactly(Rule.STILL_REFERENCED, "FKGKC6EK41LQIG13KBD0FRRSABN", "FOLLOWERS");
        RefusalParts maria = parts(new SQLException("(conn=752) Cannot delete or update a parent row: a foreign key constraint fails"
                + " (`rb_0da93e15ae54`.`followers`, CONSTRAINT `FKgkc6ek41lqig13kbd0frrsabn` FOREIGN KEY (`followed_id`)"
                + " REFERENCES `user` (`id`))", "23000", 1451), true);
        assertThat(maria).extracting(RefusalParts::rule, RefusalParts::constraintName, RefusalParts::referencingTable)
                .containsExactly(Rule.STILL_REFERENCED, "FKgkc6ek41lqig13kbd0frrsabn", "followers");
        assertThat(parts(new SQLException("[SQLITE_CONSTRAINT_FOREIGNKEY] A foreign key constraint failed (FOREIGN KEY constraint"
                + " failed)", null, 19), false).rule()).isEqualTo(Rule.MISSING_TARGET);
    }

    @Test
    void notNullAndCheckViolationsNameTheColumnOrTheRule() {
        assertThat(parts(new SQLException("ERROR: null value in column \"title\" of relation \"note\" violates not-null"
                + " constraint", "23502"), false)).extracting(RefusalParts::rule, RefusalParts::nullColumn)
                .containsExactly(Rule.NOT_NULL, "title");
        assertThat(parts(new SQLException("(conn=3) Column 'title' cannot be null", "23000", 1048), false).nullColumn()).isEqualTo("title");
        assertThat(parts(new SQLException("[SQLITE_CONSTRAINT_NOTNULL] A NOT NULL constraint failed (NOT NULL constraint failed:"
                + " note.title)", null, 19), false).nullColumn()).isEqualTo("title");
        assertThat(parts(new SQLException("(conn=3) CONSTRAINT `ck_price` failed for `db`.`note`", "23000", 4025), false))
                .extracting(RefusalParts::rule, RefusalParts::constraintName).containsExactly(Rule.CHECK, "ck_price");
        assertThat(parts(new SQLException("ERROR: deadlock detected", "40P01"), false).rule()).isEqualTo(Rule.OTHER);
    }

    @Test
    void aBatchFailureIsReadFromTheErrorItChains() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 1 update \"user\" ... was aborted", "23505", 0, new int[0]);
        batch.setNextException(new SQLException("ERROR: duplicate key value violates unique constraint \"ix_user_email\"", "23505"));
        assertThat(parts(batch, false).constraintName()).isEqualTo("ix_user_email");
        assertThat(SaveErrors.sqlErrors(new RuntimeException(batch))).hasSize(2);
    }

    private static RefusalParts parts(SQLException e, boolean delete) {
        return RefusalParts.of(new RuntimeException(e), delete);
    }
}
