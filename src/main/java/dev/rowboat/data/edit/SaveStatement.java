package dev.rowboat.data.edit;

import java.util.List;

/**
 * One UPDATE or DELETE of a save, with {@code ?} for each parameter. A {@link NewRowRef} among
 * the values is bound to the id its insert got.
 */
record SaveStatement(int editIndex, String sql, List<Bind> binds) {
    record Bind(SaveColumn column, Object value) {
    }
}
