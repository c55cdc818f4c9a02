package dev.rowboat.migrate.diff;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.IndexSpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.UniqueSpec;
import java.util.List;

/**
 * Names as the database stores them, for operations on what exists already: H2 keeps unquoted
 * names in upper case, so {@code post.timestamp} of the model is {@code POST.TIMESTAMP} there.
 * Names of things still to be created stay as the model spells them.
 */
final class LiveNames {
    private final SchemaSnapshot live;

    LiveNames(SchemaSnapshot live) {
        this.live = live;
    }

    String table(String name) {
        return live.table(name).map(TableSpec::name).orElse(name);
    }

    String column(String table, String column) {
        return live.table(table).flatMap(t -> t.column(column)).map(ColumnSpec::name).orElse(column);
    }

    List<String> columns(String table, List<String> columns) {
        return columns.stream().map(c -> column(table, c)).toList();
    }

    IndexSpec index(IndexSpec index) {
        return new IndexSpec(index.name(), table(index.table()), columns(index.table(), index.columns()), index.unique());
    }

    UniqueSpec unique(UniqueSpec unique) {
        return new UniqueSpec(unique.name(), table(unique.table()), columns(unique.table(), unique.columns()));
    }

    ForeignKeySpec foreignKey(ForeignKeySpec fk) {
        return new ForeignKeySpec(fk.name(), table(fk.table()), columns(fk.table(), fk.columns()),
                table(fk.refTable()), columns(fk.refTable(), fk.refColumns()), fk.onDelete());
    }
}
