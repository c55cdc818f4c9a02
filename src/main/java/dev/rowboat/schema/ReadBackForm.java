package dev.rowboat.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A planned snapshot as a given database would read it back: the distinctions that database
 * cannot keep are folded away, so that comparing with {@link LiveSchemaReader}'s result shows
 * only real differences. What is folded:
 * <ul>
 *   <li>everywhere: primary-key columns are NOT NULL; RESTRICT and NO ACTION are the default
 *       (null) on-delete rule; defaults in {@link DefaultValues}' spelling; names sorted;</li>
 *   <li>H2: an all-upper-case name is the lower-case one (both are unquoted names to H2);</li>
 *   <li>MariaDB: a unique index is a unique constraint; JSON is LONGTEXT (TEXT); VARCHAR
 *       without a length is TEXT;</li>
 *   <li>SQLite: a single-column INTEGER primary key is the rowid, so it is auto-increment, and
 *       an auto-increment key is rendered INTEGER whatever its integer type.</li>
 * </ul>
 */
public final class ReadBackForm {
    private static final Comparator<String> BY_NAME = Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER);

    private ReadBackForm() {
    }

    public static SchemaSnapshot of(SchemaSnapshot planned, Dbms dbms) {
        return canonical(new SchemaSnapshot(planned.tables().stream().map(t -> of(t, dbms)).toList()));
    }

    public static TableSpec of(TableSpec t, Dbms dbms) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (ColumnSpec col : t.columns()) {
            boolean inPk = t.primaryKey().stream().anyMatch(p -> p.equalsIgnoreCase(col.name()));
            ColumnType type = col.type();
            boolean auto = col.autoIncrement();
            if (dbms == Dbms.SQLITE && inPk && t.primaryKey().size() == 1
                    && (auto || (type.kind() == TypeKind.INTEGER && type.length() == null))) {
                type = ColumnType.of(TypeKind.INTEGER);
                auto = true;
            }
            if (dbms == Dbms.MARIADB && (type.kind() == TypeKind.JSON
                    || (type.kind() == TypeKind.VARCHAR && type.length() == null))) {
                type = ColumnType.of(TypeKind.TEXT);
            }
            String def = auto ? null : DefaultValues.normalise(col.defaultSql(), type);
            columns.add(new ColumnSpec(name(col.name(), dbms), type, col.nullable() && !inPk, def, auto));
        }
        List<UniqueSpec> uniques = new ArrayList<>();
        t.uniques().forEach(u -> uniques.add(new UniqueSpec(name(u.name(), dbms), name(u.table(), dbms), names(u.columns(), dbms))));
        List<IndexSpec> indexes = new ArrayList<>();
        for (IndexSpec i : t.indexes()) {
            if (dbms == Dbms.MARIADB && i.unique()) {
                uniques.add(new UniqueSpec(i.name(), i.table(), i.columns()));
            } else {
                indexes.add(new IndexSpec(name(i.name(), dbms), name(i.table(), dbms), names(i.columns(), dbms), i.unique()));
            }
        }
        List<ForeignKeySpec> fks = t.foreignKeys().stream().map(fk -> new ForeignKeySpec(name(fk.name(), dbms),
                name(fk.table(), dbms), names(fk.columns(), dbms), name(fk.refTable(), dbms),
                names(fk.refColumns(), dbms), onDelete(fk.onDelete()))).toList();
        return canonical(new TableSpec(name(t.name(), dbms), columns, names(t.primaryKey(), dbms), uniques, fks, indexes));
    }

    /** Tables, constraints and indexes sorted by name: the order carries no meaning. */
    public static SchemaSnapshot canonical(SchemaSnapshot s) {
        return new SchemaSnapshot(s.tables().stream().map(ReadBackForm::canonical)
                .sorted(Comparator.comparing(TableSpec::name, BY_NAME)).toList());
    }

    static TableSpec canonical(TableSpec t) {
        return new TableSpec(t.name(), t.columns(), t.primaryKey(),
                t.uniques().stream().sorted(Comparator.comparing(UniqueSpec::name, BY_NAME)).toList(),
                t.foreignKeys().stream().sorted(Comparator.comparing(ForeignKeySpec::name, BY_NAME)).toList(),
                t.indexes().stream().sorted(Comparator.comparing(IndexSpec::name, BY_NAME)).toList());
    }

    private static String onDelete(String rule) {
        if (rule == null) {
            return null;
        }
        String upper = rule.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return upper.equals("RESTRICT") || upper.equals("NO ACTION") ? null : upper;
    }

    private static List<String> names(List<String> names, Dbms dbms) {
        return names.stream().map(n -> name(n, dbms)).toList();
    }

    private static String name(String name, Dbms dbms) {
        return dbms == Dbms.H2 && name != null && name.equals(name.toUpperCase(Locale.ROOT))
                ? name.toLowerCase(Locale.ROOT) : name;
    }
}
