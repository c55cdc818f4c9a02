package dev.rowboat.data.reflect;

import dev.rowboat.data.mapping.TextRule;
import dev.rowboat.data.mapping.UnmappedTable;
import dev.rowboat.schema.ColumnSpec;
import dev.rowboat.schema.ColumnType;
import dev.rowboat.schema.Dbms;
import dev.rowboat.schema.ForeignKeySpec;
import dev.rowboat.schema.SchemaSnapshot;
import dev.rowboat.schema.TableSpec;
import dev.rowboat.schema.TypeKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a live schema into entities, what SQLAlchemy calls automap: a table with a usable key
 * (its primary key, of one column or several, else a unique column without NULLs) becomes an
 * entity; a foreign key to an entity's whole key, of one column or several, becomes a to-one on
 * its table and a to-many (or one-to-one, where the key is unique) on the table it points at; a
 * table that is only two foreign keys to whole keys (of one column or several) becomes a
 * many-to-many on both tables. Names
 * come from the hints first, then from the columns and tables, and never collide within an entity.
 */
final class SchemaReflector {
    private final SchemaSnapshot schema;
    private final List<String> views;
    private final NameHints hints;
    private final Dbms dbms;
    private final EnumValues enums;
    /** lower-case table -> its entity's name, for tables with a usable key that are not link tables. */
    private final Map<String, String> entityNames = new LinkedHashMap<>();
    private final Map<String, Builder> builders = new LinkedHashMap<>();
    private final Map<String, Builder> byName = new HashMap<>();
    private final List<UnmappedTable> unmapped = new ArrayList<>();

    private SchemaReflector(SchemaSnapshot schema, List<String> views, NameHints hints, Dbms dbms, EnumValues enums) {
        this.schema = schema;
        this.views = views;
        this.hints = hints;
        this.dbms = dbms;
        this.enums = enums;
    }

    static ReflectedModel reflect(SchemaSnapshot schema, List<String> views, NameHints hints, Dbms dbms) {
        return reflect(schema, views, hints, dbms, EnumValues.NONE);
    }

    /** @param enums the values of PostgreSQL enum-typed columns, which the schema knows only by their type's name */
    static ReflectedModel reflect(SchemaSnapshot schema, List<String> views, NameHints hints, Dbms dbms, EnumValues enums) {
        // Rowboat's own bookkeeping (version, history, lock) is not the person's data
        SchemaSnapshot theirs = new SchemaSnapshot(schema.tables().stream()
                .filter(t -> !lower(t.name()).startsWith("rowboat_")).toList());
        return new SchemaReflector(theirs, views, hints, dbms, enums).reflect();
    }

    private ReflectedModel reflect() {
        List<String> taken = new ArrayList<>();
        Map<TableSpec, Link> links = new LinkedHashMap<>();
        for (TableSpec table : schema.tables()) {
            Optional<Link> link = link(table);
            link.ifPresent(l -> links.put(table, l));
            Optional<List<ColumnSpec>> key = key(table);
            if (key.isPresent() && (link.isEmpty() || link.get().hasExtraColumns())) {
                String name = Names.free(hints.entity(table.name()).orElse(Names.identifier(table.name())), taken);
                taken.add(name);
                entityNames.put(lower(table.name()), name);
                builders.put(lower(table.name()), new Builder(name, table, key.get()));
            }
        }
        for (TableSpec table : schema.tables()) {
            if (!builders.containsKey(lower(table.name()))) {
                unmapped.add(new UnmappedTable(Names.free(Names.identifier(table.name()), taken), table.name(),
                        unmappedReason(table, links.get(table))));
            }
        }
        builders.values().forEach(b -> byName.put(b.name, b));
        builders.values().forEach(this::addColumnsAndToOnes);
        builders.values().forEach(this::addInverses);
        links.forEach(this::addManyToMany);
        for (String view : views) {
            unmapped.add(new UnmappedTable(Names.free(Names.identifier(view), taken), view,
                    "A view: its rows are read-only."));
        }
        List<ReflectedEntity> entities = builders.values().stream().map(Builder::build).toList();
        return new ReflectedModel(entities, unmapped);
    }

    /** The primary key's columns in key order (one or several); else a unique, not-null column. */
    private static Optional<List<ColumnSpec>> key(TableSpec table) {
        if (!table.primaryKey().isEmpty()) {
            List<ColumnSpec> columns = table.primaryKey().stream().map(table::column).flatMap(Optional::stream).toList();
            return columns.size() == table.primaryKey().size() ? Optional.of(columns) : Optional.empty();
        }
        List<List<String>> uniques = new ArrayList<>();
        table.uniques().forEach(u -> uniques.add(u.columns()));
        table.indexes().stream().filter(i -> i.unique()).forEach(i -> uniques.add(i.columns()));
        return uniques.stream().filter(cols -> cols.size() == 1).map(cols -> table.column(cols.get(0)))
                .flatMap(Optional::stream).filter(c -> !c.nullable()).findFirst().map(List::of);
    }

    private String unmappedReason(TableSpec table, Link link) {
        if (link != null && !link.hasExtraColumns()) {
            return "A link table: its rows are the links between " + link.first().refTable() + " and "
                    + link.second().refTable() + ", read-only here; link and unlink them from either side.";
        }
        return "It has no primary key and no unique column without NULLs, so a row cannot be told from another:"
                + " its rows are read-only (Rowboat never makes up a key, which could change several rows at once).";
    }

    /**
     * Two foreign keys, each to the whole key of another table (of one column or several), that
     * share no column and whose columns together are the whole primary key, or there is no key at
     * all: {@code post_tag(post_id, tag_id)}, {@code shipment_part(region, num, maker, code)}.
     */
    private Optional<Link> link(TableSpec table) {
        List<ForeignKeySpec> keys = table.foreignKeys();
        if (keys.size() != 2 || !keys.stream().allMatch(this::referencesWholeKey)) {
            return Optional.empty();
        }
        Set<String> first = lowerCase(keys.get(0).columns());
        Set<String> second = lowerCase(keys.get(1).columns());
        Set<String> keyColumns = new HashSet<>(first);
        keyColumns.addAll(second);
        Set<String> primary = lowerCase(table.primaryKey());
        if (keyColumns.size() != first.size() + second.size() || !(primary.isEmpty() || primary.equals(keyColumns))) {
            return Optional.empty();
        }
        boolean extra = table.columns().size() > keyColumns.size();
        return Optional.of(new Link(table, keys.get(0), keys.get(1), extra));
    }

    /**
     * Whether a foreign key names all of its table's key columns, in any order; asked before the
     * entities are known (a link table is no entity), so of the table itself.
     */
    private boolean referencesWholeKey(ForeignKeySpec fk) {
        Optional<List<ColumnSpec>> key = schema.tables().stream().filter(t -> t.name().equalsIgnoreCase(fk.refTable())).findFirst()
                .flatMap(SchemaReflector::key);
        return key.isPresent() && fk.columns().size() == fk.refColumns().size() && lowerCase(fk.refColumns()).size() == key.get().size()
                && lowerCase(fk.refColumns()).equals(key.get().stream().map(c -> lower(c.name())).collect(Collectors.toSet()));
    }

    private static Set<String> lowerCase(List<String> names) {
        return names.stream().map(SchemaReflector::lower).collect(Collectors.toSet());
    }

    private void addColumnsAndToOnes(Builder b) {
        Map<String, ForeignKeySpec> toOneKeys = new HashMap<>();
        for (ForeignKeySpec fk : b.table.foreignKeys()) {
            if (fk.columns().size() == 1 && pointsAtKey(fk)) {
                toOneKeys.put(lower(fk.columns().get(0)), fk);
            }
        }
        // Hibernate lets one attribute write a column: the key's parts, then the one-column keys, then
        // the first key of several columns to claim them; a later one that shares a column reads only
        Set<String> written = new HashSet<>(toOneKeys.keySet());
        b.key.forEach(c -> written.add(lower(c.name())));
        Map<ForeignKeySpec, Boolean> sharing = new LinkedHashMap<>();
        Set<String> writtenByLinks = new HashSet<>();
        for (ForeignKeySpec fk : b.table.foreignKeys()) {
            if (fk.columns().size() > 1 && pointsAtKey(fk)) {
                Set<String> columns = fk.columns().stream().map(SchemaReflector::lower).collect(Collectors.toSet());
                boolean shares = columns.stream().anyMatch(written::contains);
                sharing.put(fk, shares);
                if (!shares) {
                    written.addAll(columns);
                    writtenByLinks.addAll(columns);
                }
            }
        }
        List<String> columnNames = b.table.columns().stream().map(ColumnSpec::name).toList();
        for (ColumnSpec column : b.table.columns()) {
            ForeignKeySpec fk = toOneKeys.get(lower(column.name()));
            boolean isKey = b.key.contains(column);
            if (isKey) {
                ReflectedEntity.Column id = valueColumn(b, column);
                b.ids.put(b.key.indexOf(column), id);
                b.taken.add(id.attribute());
            }
            if (fk != null) {
                String wanted = hints.toOne(b.table.name(), column.name()).orElseGet(() -> {
                    String stripped = Names.identifier(Names.withoutIdSuffix(column.name()));
                    return Names.contains(columnNames, stripped) ? Names.identifier(column.name()) : stripped;
                });
                String attribute = Names.free(hints.association(b.name, wanted), b.taken);
                b.taken.add(attribute);
                b.toOnes.add(new ReflectedEntity.ToOne(attribute, List.of(column.name()), entityNames.get(lower(fk.refTable())),
                        isKey && b.key.size() == 1 || uniqueAlone(b.table, column.name()), column.nullable(), isKey, fk.name(),
                        uniqueKeyOf(b.table, column.name())));
            } else if (!isKey && !writtenByLinks.contains(lower(column.name()))) {
                ReflectedEntity.Column value = valueColumn(b, column);
                b.taken.add(value.attribute());
                b.columns.add(value);
            }
        }
        // after the values, so that a column keeps its own name and the link takes another
        sharing.forEach((fk, shares) -> addCompositeToOne(b, fk, shares));
    }

    /**
     * A foreign key of several columns, named after the entity it points at (there is no one
     * column to name it by): a shipment's {@code order_line}. Its columns follow the target key's
     * order, which is the order Hibernate joins them in.
     */
    private void addCompositeToOne(Builder b, ForeignKeySpec fk, boolean sharesColumns) {
        Builder target = builders.get(lower(fk.refTable()));
        List<String> columns = inTargetKeyOrder(fk, target);
        Set<String> own = columns.stream().map(SchemaReflector::lower).collect(Collectors.toSet());
        Set<String> primary = b.key.stream().map(c -> lower(c.name())).collect(Collectors.toSet());
        String uniqueKey = uniqueKeyCovering(b.table, own);
        boolean unique = primary.equals(own) || uniqueKey != null || uniqueAlone(b.table, own);
        boolean nullable = columns.stream().map(c -> b.table.column(c)).flatMap(Optional::stream).anyMatch(ColumnSpec::nullable);
        String attribute = Names.free(hints.association(b.name, target.name), b.taken);
        b.taken.add(attribute);
        b.toOnes.add(new ReflectedEntity.ToOne(attribute, columns, target.name, unique, nullable, sharesColumns, fk.name(), uniqueKey));
    }

    /** A foreign key's columns in the order of the key columns they refer to: the order Hibernate pairs them in. */
    private static List<String> inTargetKeyOrder(ForeignKeySpec fk, Builder target) {
        List<String> columns = new ArrayList<>();
        for (ColumnSpec targetColumn : target.key) {
            for (int i = 0; i < fk.refColumns().size(); i++) {
                if (fk.refColumns().get(i).equalsIgnoreCase(targetColumn.name())) {
                    columns.add(fk.columns().get(i));
                }
            }
        }
        return columns;
    }

    private ReflectedEntity.Column valueColumn(Builder b, ColumnSpec column) {
        String attribute = Names.free(hints.column(b.table.name(), column.name()).orElse(Names.identifier(column.name())), b.taken);
        TextRule rule = ReflectedTypes.textRule(column.type(), dbms, enums.of(b.table.name(), column.name()));
        ColumnType type = ReflectedTypes.effective(column.type(), dbms);
        return new ReflectedEntity.Column(attribute, column.name(), type, column.nullable(), column.autoIncrement(),
                hints.zone(b.table.name(), column.name()).orElse(null), ReflectedTypes.readOnlyReason(type, dbms, rule),
                uniqueKeyOf(b.table, column.name()), rule);
    }

    private void addInverses(Builder source) {
        Map<String, Long> keysPerTarget = source.toOnes.stream()
                .collect(Collectors.groupingBy(ReflectedEntity.ToOne::target, Collectors.counting()));
        for (ReflectedEntity.ToOne toOne : source.toOnes) {
            Builder target = byName.get(toOne.target());
            // a model's names are for keys of one column
            Optional<String> hinted = toOne.columns().size() == 1 ? hints.inverse(source.table.name(), toOne.column()) : Optional.empty();
            String wanted = hinted.orElseGet(() -> {
                String rows = toOne.unique() ? lowerFirst(source.name) : Names.plural(source.name);
                return keysPerTarget.get(toOne.target()) > 1 ? rows + "_by_" + toOne.attribute() : rows;
            });
            String attribute = Names.free(hints.association(target.name, wanted), target.taken);
            target.taken.add(attribute);
            target.inverses.add(new ReflectedEntity.Inverse(attribute, source.name, toOne.attribute(), toOne.columns(), toOne.unique()));
        }
    }

    private void addManyToMany(TableSpec table, Link link) {
        Builder first = builders.get(lower(link.first().refTable()));
        Builder second = builders.get(lower(link.second().refTable()));
        if (first == null || second == null || !pointsAtKey(link.first()) || !pointsAtKey(link.second())) {
            return;
        }
        List<String> firstColumns = inTargetKeyOrder(link.first(), first);
        List<String> secondColumns = inTargetKeyOrder(link.second(), second);
        boolean self = first == second;
        // the first key's row holds the rows of the second key, and the other way round
        String toSecond = hintedOrNamed(table, firstColumns, secondColumns, self, second);
        String toFirst = hintedOrNamed(table, secondColumns, firstColumns, self, first);
        String a = Names.free(hints.association(first.name, toSecond), first.taken);
        first.taken.add(a);
        first.manyToMany.add(new ReflectedEntity.ManyToMany(a, table.name(), firstColumns, secondColumns, second.name, true,
                link.first().name(), link.second().name()));
        String b = Names.free(hints.association(second.name, toFirst), second.taken);
        second.taken.add(b);
        second.manyToMany.add(new ReflectedEntity.ManyToMany(b, table.name(), secondColumns, firstColumns, first.name, false,
                link.second().name(), link.first().name()));
    }

    /**
     * The name of the collection from the rows of {@code own} to those of {@code other}: a model's
     * (for keys of one column), else the other table's in the plural; a table linked to itself by
     * keys of one column names it after the other key's column ({@code followed}, {@code followers}).
     */
    private String hintedOrNamed(TableSpec table, List<String> own, List<String> other, boolean self, Builder target) {
        Optional<String> hinted = own.size() == 1 ? hints.manyToMany(table.name(), own.get(0)) : Optional.empty();
        return hinted.orElseGet(() -> self && other.size() == 1
                ? Names.plural(Names.identifier(Names.withoutIdSuffix(other.get(0)))) : Names.plural(target.name));
    }

    /**
     * Whether the key points at the referenced table's entity key, all of it (else its columns
     * stay values): one column to a key of one, or several to a composite key, in any order.
     */
    private boolean pointsAtKey(ForeignKeySpec fk) {
        Builder target = builders.get(lower(fk.refTable()));
        if (target == null || fk.refColumns().size() != target.key.size() || fk.columns().size() != fk.refColumns().size()) {
            return false;
        }
        Set<String> referenced = fk.refColumns().stream().map(SchemaReflector::lower).collect(Collectors.toSet());
        return referenced.size() == target.key.size()
                && target.key.stream().allMatch(c -> referenced.contains(lower(c.name())));
    }

    /** The name of a unique constraint or index of exactly these columns (lower case); null where none is named. */
    private static String uniqueKeyCovering(TableSpec table, Set<String> columns) {
        return java.util.stream.Stream.concat(
                        table.uniques().stream().map(u -> Map.entry(u.name() == null ? "" : u.name(), u.columns())),
                        table.indexes().stream().filter(i -> i.unique()).map(i -> Map.entry(i.name() == null ? "" : i.name(), i.columns())))
                .filter(e -> !e.getKey().isEmpty() && sameColumns(e.getValue(), columns))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /** Whether a unique constraint or index, named or not, has exactly these columns (lower case). */
    private static boolean uniqueAlone(TableSpec table, Set<String> columns) {
        return table.uniques().stream().anyMatch(u -> sameColumns(u.columns(), columns))
                || table.indexes().stream().anyMatch(i -> i.unique() && sameColumns(i.columns(), columns));
    }

    private static boolean sameColumns(List<String> columns, Set<String> lowerCase) {
        return columns.size() == lowerCase.size() && columns.stream().allMatch(c -> lowerCase.contains(lower(c)));
    }

    /** A unique constraint or unique index the column is part of, by name; null where none. */
    private static String uniqueKeyOf(TableSpec table, String column) {
        return java.util.stream.Stream.concat(
                        table.uniques().stream().map(u -> Map.entry(u.name() == null ? "" : u.name(), u.columns())),
                        table.indexes().stream().filter(i -> i.unique()).map(i -> Map.entry(i.name() == null ? "" : i.name(), i.columns())))
                .filter(e -> !e.getKey().isEmpty() && e.getValue().stream().anyMatch(c -> c.equalsIgnoreCase(column)))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static boolean uniqueAlone(TableSpec table, String column) {
        return table.uniques().stream().anyMatch(u -> u.columns().size() == 1 && u.columns().get(0).equalsIgnoreCase(column))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.columns().size() == 1 && i.columns().get(0).equalsIgnoreCase(column));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String lowerFirst(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private record Link(TableSpec table, ForeignKeySpec first, ForeignKeySpec second, boolean hasExtraColumns) {
    }

    private static final class Builder {
        final String name;
        final TableSpec table;
        final List<ColumnSpec> key;
        final List<String> taken = new ArrayList<>();
        /** The key's columns by their place in the key, which is the order keyset pages follow (its index's). */
        final java.util.SortedMap<Integer, ReflectedEntity.Column> ids = new java.util.TreeMap<>();
        final List<ReflectedEntity.Column> columns = new ArrayList<>();
        final List<ReflectedEntity.ToOne> toOnes = new ArrayList<>();
        final List<ReflectedEntity.Inverse> inverses = new ArrayList<>();
        final List<ReflectedEntity.ManyToMany> manyToMany = new ArrayList<>();

        Builder(String name, TableSpec table, List<ColumnSpec> key) {
            this.name = name;
            this.table = table;
            this.key = key;
        }

        ReflectedEntity build() {
            return new ReflectedEntity(name, table.name(), List.copyOf(ids.values()), columns, toOnes, inverses, manyToMany);
        }
    }
}
