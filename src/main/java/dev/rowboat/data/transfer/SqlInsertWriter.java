package dev.rowboat.data.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * INSERT statements for one database, several rows each:
 * {@code INSERT INTO "post" ("id", "body") VALUES (1, 'a'), (2, 'b');}, a row a line.
 */
final class SqlInsertWriter implements RowWriter {
    private final Writer out;
    private final SqlLiterals sql;
    private final String table;
    private final int batch;
    private String head;
    private int inStatement;

    SqlInsertWriter(Writer out, SqlLiterals sql, String table, int batch) {
        this.out = out;
        this.sql = sql;
        this.table = table;
        this.batch = batch;
    }

    @Override
    public void begin(List<String> columns) {
        head = "INSERT INTO " + sql.identifier(table) + " (" + String.join(", ", columns.stream().map(sql::identifier).toList())
                + ") VALUES\n";
    }

    @Override
    public void row(Object[] values) throws IOException {
        out.write(inStatement == 0 ? head : ",\n");
        out.write('(');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(", ");
            }
            out.write(sql.value(values[i]));
        }
        out.write(')');
        if (++inStatement == batch) {
            out.write(";\n");
            inStatement = 0;
        }
    }

    @Override
    public void end() throws IOException {
        if (inStatement > 0) {
            out.write(";\n");
            inStatement = 0;
        }
    }
}
