package dev.rowboat.data.edit;

import java.util.List;

/**
 * One UPDATE or DELETE of a save, with {@code ?} for each parameter. A {@link NewRowRef} among
 * the values is bound to the id its insert got.
 */
record SaveStatement(int editIndex, String sql, List<Bind> binds) {
    /**
     * @param part where the value is a reference to a new row and the column one part of a key of
     *     several columns: which part of that row's id it takes; else -1
     */
    record Bind(SaveColumn column, Object value, int part) {
        Bind(SaveColumn column, Object value) {
            this(column, value, -1);
        }
    }
}
