package dev.rowboat.migrate;

import dev.rowboat.migrate.ops.Operation;
import java.util.List;

/** An operation of a plan with the SQL it will run. */
public record PlannedOperation(Operation operation, List<String> sql) {
    public PlannedOperation {
        sql = List.copyOf(sql);
    }
}
