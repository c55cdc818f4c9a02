package dev.rowboat.data.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

/**
 * The named constraints of the mapped tables, from Hibernate's boot model, so that a refusal that
 * names only a constraint (or, on SQLite, only columns) can be put in words about attributes.
 * Names, tables and columns are kept in lower case: H2 reports them upper-cased.
 */
final class SaveConstraints {
    /** What a constraint guards. */
    enum Kind { UNIQUE, FOREIGN_KEY, CHECK }

    /** One constraint; {@code referencedTable} only for a foreign key. */
    record Constraint(String name, Kind kind, String table, List<String> columns, String referencedTable) {
    }

    private final Map<String, Constraint> byName = new HashMap<>();
    private final List<Constraint> all = new ArrayList<>();

    static SaveConstraints of(Metadata metadata) {
        SaveConstraints constraints = new SaveConstraints();
        for (Table table : metadata.collectTableMappings()) {
            String name = lower(table.getName());
            for (UniqueKey key : table.getUniqueKeys().values()) {
                constraints.add(new Constraint(lower(key.getName()), Kind.UNIQUE, name, names(key.getColumns()), null));
            }
            table.getIndexes().values().stream().filter(index -> index.isUnique()).forEach(index -> constraints.add(
                    new Constraint(lower(index.getName()), Kind.UNIQUE, name,
                            index.getSelectables().stream().map(s -> lower(s.getText())).toList(), null)));
            for (ForeignKey key : table.getForeignKeyCollection()) {
                constraints.add(new Constraint(lower(key.getName()), Kind.FOREIGN_KEY, name, names(key.getColumns()),
                        lower(key.getReferencedTable().getName())));
            }
            table.getChecks().forEach(check -> constraints.add(new Constraint(lower(check.getName()), Kind.CHECK, name, List.of(), null)));
        }
        return constraints;
    }

    Optional<Constraint> named(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(lower(name)));
    }

    /** The unique constraint over exactly these columns of a table (SQLite names columns, not constraints). */
    Optional<Constraint> uniqueOn(String table, List<String> columns) {
        List<String> wanted = columns.stream().map(SaveConstraints::lower).sorted().toList();
        return all.stream().filter(c -> c.kind() == Kind.UNIQUE && c.table().equals(lower(table))
                && c.columns().stream().sorted().toList().equals(wanted)).findFirst();
    }

    private void add(Constraint constraint) {
        if (constraint.name() != null) {
            byName.putIfAbsent(constraint.name(), constraint);
        }
        all.add(constraint);
    }

    private static List<String> names(List<Column> columns) {
        return columns.stream().map(c -> lower(c.getName())).toList();
    }

    static String lower(String name) {
        if (name == null) {
            return null;
        }
        String unquoted = name.length() > 1 && "\"`[".indexOf(name.charAt(0)) >= 0 ? name.substring(1, name.length() - 1) : name;
        return unquoted.toLowerCase(Locale.ROOT);
    }
}
