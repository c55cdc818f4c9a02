package dev.rowboat.data.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rowboat.schema.Dbms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementKindTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            select * from user                                  | QUERY
            SELECT 1                                            | QUERY
            values (1), (2)                                     | QUERY
            table user                                          | QUERY
            show tables                                         | QUERY
            describe user                                       | QUERY
            desc user                                           | QUERY
            explain select 1                                    | QUERY
            from User u where u.username = 'a'                  | QUERY
            ((select 1) union (select 2))                       | QUERY
            -- why\\n /* who */ select 1                        | QUERY
            insert into t values (1)                            | DML
            Update t set a = 1                                  | DML
            delete from t                                       | DML
            merge into t using s on t.id = s.id when matched then delete | DML
            replace into t values (1)                           | DML
            upsert into t values (1)                            | DML
            create table t (id int)                             | DDL
            alter table t add b int                             | DDL
            drop table t                                        | DDL
            truncate table t                                    | DDL
            rename table t to u                                 | DDL
            comment on table t is 'x'                           | DDL
            grant select on t to bob                            | DDL
            revoke select on t from bob                         | DDL
            begin                                               | TRANSACTION
            start transaction                                   | TRANSACTION
            commit                                              | TRANSACTION
            rollback to savepoint a                             | TRANSACTION
            savepoint a                                         | TRANSACTION
            release savepoint a                                 | TRANSACTION
            end                                                 | TRANSACTION
            set search_path to x                                | OTHER
            call refresh()                                      | OTHER
            do $$ begin delete from t; end $$                   | OTHER
            vacuum                                              | OTHER
            analyze t                                           | OTHER
            ``                                                  | OTHER
            `-- only a comment`                                 | OTHER
            """)
    void theFirstKeywordDecides(String statement, StatementKind expected) {
        assertThat(StatementKind.of(statement.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            with a as (select 1) select * from a                                   | QUERY
            with recursive n(i) as (select 1 union all select i + 1 from n) select i from n | QUERY
            with d as (delete from t returning *) select * from d                  | DML
            with s as (select 1 as id) insert into t select id from s              | DML
            with s as (select 1) update t set a = 1                                | DML
            with s as (select 'insert into x' as q) select q from s                | QUERY
            with s as (select 1) select "update" from s                            | QUERY
            with s as (select insert('abc', 1, 1, 'x') as q) select q from s       | QUERY
            with s as (select t.delete from t) select * from s                     | QUERY
            with s as (select * from t) select * from s for update                 | QUERY
            with s as (select * from t) select * from s for no key update          | QUERY
            with s as (select 1 /* delete */) select * from s -- update            | QUERY
            """)
    void withIsDmlWhenItWritesAnywhere(String statement, StatementKind expected) {
        assertThat(StatementKind.of(statement)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            pragma journal_mode                  | QUERY
            PRAGMA main.page_size                | QUERY
            pragma table_info(user)              | QUERY
            pragma main.index_list('user')       | QUERY
            pragma foreign_key_check             | QUERY
            pragma journal_mode = wal            | OTHER
            pragma main.cache_size=100           | OTHER
            pragma cache_size(100)               | OTHER
            pragma foreign_keys()                | QUERY
            """)
    void pragmaReadsUnlessItSetsSomething(String statement, StatementKind expected) {
        assertThat(StatementKind.of(statement)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            explain delete from t                          | QUERY
            explain analyze select * from t                | QUERY
            explain analyze delete from t                  | DML
            explain (analyze, buffers) update t set a = 1  | DML
            explain analyse verbose insert into t values (1) | DML
            """)
    void explainAnalyzeOfDmlRunsIt(String statement, StatementKind expected) {
        assertThat(StatementKind.of(statement)).isEqualTo(expected);
    }

    @Test
    void ddlCommitsAtOnceOnMariaDbAndH2Only() {
        assertThat(StatementKind.DDL.commitsImplicitly(Dbms.MARIADB)).isTrue();
        assertThat(StatementKind.DDL.commitsImplicitly(Dbms.H2)).isTrue();
        assertThat(StatementKind.DDL.commitsImplicitly(Dbms.POSTGRESQL)).isFalse();
        assertThat(StatementKind.DDL.commitsImplicitly(Dbms.SQLITE)).isFalse();
        assertThat(StatementKind.DML.commitsImplicitly(Dbms.MARIADB)).isFalse();
        assertThat(StatementKind.QUERY.commitsImplicitly(Dbms.H2)).isFalse();
    }
}
