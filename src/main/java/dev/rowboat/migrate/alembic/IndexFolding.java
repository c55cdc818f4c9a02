package dev.rowboat.migrate.alembic;

import dev.rowboat.migrate.ops.CreateIndex;
import dev.rowboat.migrate.ops.CreateTable;
import dev.rowboat.migrate.ops.Operation;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Autogenerate writes a new table's indexes as {@code create_index} calls right after its
 * {@code create_table}; Rowboat's {@link CreateTable} carries them, as its own revisions do.
 */
final class IndexFolding {
    private IndexFolding() {
    }

    static List<Operation> intoTables(List<Operation> ops) {
        List<Operation> out = new ArrayList<>();
        for (Operation op : ops) {
            if (op instanceof CreateIndex ci && !out.isEmpty() && out.get(out.size() - 1) instanceof CreateTable ct
                    && ct.table().name().equals(ci.index().table())) {
                TableSpec t = ct.table();
                List<IndexSpec> indexes = new ArrayList<>(t.indexes());
                indexes.add(ci.index());
                out.set(out.size() - 1, new CreateTable(new TableSpec(t.name(), t.columns(), t.primaryKey(), t.uniques(),
                        t.foreignKeys(), indexes)));
            } else {
                out.add(op);
            }
        }
        return out;
    }
}
