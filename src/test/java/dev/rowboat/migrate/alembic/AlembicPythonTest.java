package dev.rowboat.migrate.alembic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rowboat.migrate.api.Revision;
import dev.rowboat.migrate.api.UnreadLine;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.migrate.ops.RawSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Python subset the reader parses, seen through what {@code upgrade()} gives. */
class AlembicPythonTest {
    private static Revision upgrade(String body) {
        String source = "revision = 'abc'\ndown_revision = None\n\n\ndef upgrade():\n"
                + body.indent(4) + "\n\ndef downgrade():\n    pass\n";
        return AlembicScriptReader.read(source, "t.py");
    }

    private static List<Operation> ops(String body) {
        Revision r = upgrade(body);
        assertEquals(List.of(), r.unread(), "unread lines");
        return r.upgrade();
    }

    @Test
    void stringsOfEveryQuotingAndPrefixDecodeAsPythonDoes() {
        assertEquals(List.of(
                RawSql.of("a'b\"c\td\\q"),
                RawSql.of("raw \\n stays"),
                RawSql.of("one\n    two 'x'"), // indent(4) moved the second line, as it would in Python
                RawSql.of("joined across lines"),
                RawSql.of("bytes and unicode é ☃")),
                ops("""
                        op.execute('a\\'b"c\\td\\q')
                        op.execute(r'raw \\n stays')
                        op.execute(\"\"\"one
                        two 'x'\"\"\")
                        op.execute("joined "  # a comment inside brackets
                                   'across '
                                   u"lines")
                        op.execute(B"bytes and unicode \\xe9 \\u2603")
                        """));
    }

    @Test
    void backslashContinuationAndImplicitJoiningMakeOneStatement() {
        assertEquals(List.of(RawSql.of("x")), ops("""
                op.execute(
                    'x'
                )
                """));
        assertEquals(List.of(RawSql.of("y")), ops("op \\\n    .execute('y')"));
    }

    @Test
    void numbersTuplesAndDictsAreLiteralsForBulkInsert() {
        assertEquals(List.of(RawSql.of("INSERT INTO t (a, b, c, d, e) VALUES (1000, 255, -2.5, TRUE, NULL)")), ops("""
                t = sa.table('t', sa.column('a'), sa.column('b'), sa.column('c'), sa.column('d'), sa.column('e'))
                op.bulk_insert(t, ({'a': 1_000, 'b': 0xff, 'c': -2.5, 'd': True, 'e': None},))
                """));
    }

    @Test
    void reservedAndMixedCaseNamesAreQuotedPerDatabase() {
        RawSql sql = (RawSql) ops("op.bulk_insert(sa.table('user', sa.column('Name')), [{'Name': 'x'}])").get(0);

        assertEquals("INSERT INTO \"user\" (\"Name\") VALUES ('x')", sql.sql());
        assertEquals("INSERT INTO `user` (`Name`) VALUES ('x')", sql.byDatabase().get("mariadb"));
    }

    @Test
    void computationIsUnreadWithAReasonAndReadingGoesOn() {
        Revision r = upgrade("""
                op.execute(f"DELETE FROM {table}")
                op.execute('a' + 'b')
                rows = [dict(id=i) for i in range(3)]
                op.bulk_insert(sa.table('t', sa.column('id')), rows)
                if op.get_context().dialect.name == 'sqlite':
                    op.execute('PRAGMA x')
                op.drop_constraint('c', 't')
                op.drop_index('ix_a')
                op.alter_column('t', 'a', nullable=False)
                op.create_index('ix', 't', [sa.text('lower(a)')])
                op.create_table('s', sa.Column('a', sa.Integer()), schema='other')
                op.add_column('t', sa.Column('a', sa.Integer(), comment='x'), insert_after='b')
                op.invent_something('t')
                helper(op)
                op.execute('still read')
                """);

        assertEquals(List.of(RawSql.of("still read")), r.upgrade());
        assertEquals(List.of(
                "a formatted string (f-string)",
                "an expression with '+', which the reader does not evaluate",
                "a comprehension",
                "bulk_insert of rows computed in Python",
                "a condition",
                "inside a block the reader did not follow",
                "drop_constraint without type_: Rowboat cannot tell what kind of constraint c is",
                "drop_index without table_name (MariaDB needs the table)",
                "alter_column without existing_type: the column's type is not in the file",
                "an SQL expression where a column name belongs (an index on an expression)",
                "a table in schema other, not the default one",
                "a column placed among the others: Rowboat adds columns at the end",
                "op.invent_something is not an operation Rowboat reads",
                "helper(...) is Python the reader does not run"), r.unread().stream().map(UnreadLine::reason).toList());
        assertEquals(List.of(6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19),
                r.unread().stream().map(UnreadLine::line).toList());
    }

    @Test
    void bindingReplacedByComputationIsNoLongerUsed() {
        Revision r = upgrade("""
                t = sa.table('t', sa.column('id'))
                t = make_table()
                op.bulk_insert(t, [{'id': 1}])
                """);

        assertEquals(List.of(), r.upgrade());
        assertEquals(List.of(7, 8), r.unread().stream().map(UnreadLine::line).toList());
    }
}
