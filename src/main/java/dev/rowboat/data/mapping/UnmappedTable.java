package dev.rowboat.data.mapping;

/**
 * A table or view of the database that is listed but has no grid of its own (yet).
 *
 * @param name the name it is listed by
 * @param table the table's name as the database stores it
 * @param reason a sentence saying why, shown where the person looks for it
 */
public record UnmappedTable(String name, String table, String reason) {
}
