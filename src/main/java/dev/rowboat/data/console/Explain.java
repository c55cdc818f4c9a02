package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;

/** The statement that shows how a database would run a SQL statement, as rows of plan text. */
public final class Explain {

    private Explain() {
    }

    /**
     * {@code EXPLAIN sql}, or {@code EXPLAIN QUERY PLAN sql} on SQLite (whose plain EXPLAIN lists
     * virtual-machine opcodes, not a plan). It explains without running, so DML is safe to explain.
     */
    public static String statementFor(Dbms dbms, String sql) {
        String prefix = dbms == Dbms.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ";
        return prefix + sql.strip();
    }
}
