package dev.rowboat.migrate.ops;

/**
 * One typed schema change in a revision's upgrade or downgrade list. Operations are values: the
 * dialect renderers turn them into SQL per database, the revision files store them as text.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable,
        AddColumn, DropColumn, AlterColumn, RenameColumn,
        CreateIndex, DropIndex, AddUnique, DropUnique, AddForeignKey, DropForeignKey, RawSql {

    /** A short line for logs, previews and the panel: {@code add column post.language}. */
    String describe();

    /** Whether running it can lose data (asked about before a downgrade runs it). */
    default boolean destroysData() {
        return false;
    }
}
