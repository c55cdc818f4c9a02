package dev.rowboat.data.console;

import dev.rowboat.schema.Dbms;

/** TEMPORARY until console-parts lands. */
public final class Explain {
    private Explain() {
    }

    public static String statementFor(Dbms dbms, String sql) {
        return (dbms == Dbms.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + sql;
    }
}
