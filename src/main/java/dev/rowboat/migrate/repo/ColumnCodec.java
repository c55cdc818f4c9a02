package dev.rowboat.migrate.repo;

import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import java.util.Map;
import java.util.Set;

/** A column as one line: {@code {name: id, type: integer, nullable: false, autoincrement: true}}. */
final class ColumnCodec {
    private static final Set<String> KEYS = Set.of("name", "type", "nullable", "default", "autoincrement");

    private ColumnCodec() {
    }

    static Map<String, Object> write(ColumnSpec c) {
        OperationCodec.Entries m = new OperationCodec.Entries().put("name", c.name()).put("type", c.type().toString());
        if (!c.nullable()) {
            m.put("nullable", false);
        }
        m.put("default", c.defaultSql());
        if (c.autoIncrement()) {
            m.put("autoincrement", true);
        }
        return m.map;
    }

    static ColumnSpec read(Fields f) {
        f.only(KEYS);
        return new ColumnSpec(f.string("name"), ColumnType.parse(f.string("type")), f.bool("nullable", true),
                f.optString("default"), f.bool("autoincrement", false));
    }
}
