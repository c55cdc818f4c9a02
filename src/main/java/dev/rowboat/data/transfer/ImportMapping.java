package dev.rowboat.data.transfer;

import dev.rowboat.data.catalog.AttributeInfo;
import dev.rowboat.data.catalog.AttributeKind;
import dev.rowboat.data.catalog.EntityCatalog;
import dev.rowboat.data.catalog.EntityInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which attribute each column of a file goes to: by default the one whose database column (or
 * name) the header names, ignoring case; a person may change any, or skip a column.
 *
 * @param targets one per file column, in the file's order; null where the column is skipped
 */
public record ImportMapping(EntityInfo entity, List<String> fileColumns, List<AttributeInfo> targets) {
    public ImportMapping {
        fileColumns = List.copyOf(fileColumns);
        targets = Collections.unmodifiableList(new ArrayList<>(targets));
    }

    /** Maps each file column to the attribute of that column name, else of that attribute name, else skips it. */
    public static ImportMapping byName(EntityInfo entity, EntityCatalog catalog, List<String> fileColumns) {
        List<AttributeInfo> choices = choices(entity, catalog);
        List<AttributeInfo> targets = new ArrayList<>();
        for (String column : fileColumns) {
            String key = column.strip().toLowerCase(Locale.ROOT);
            targets.add(choices.stream().filter(a -> a.column() != null && a.column().toLowerCase(Locale.ROOT).equals(key)).findFirst()
                    .or(() -> choices.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).equals(key)).findFirst())
                    .filter(a -> targets.stream().noneMatch(t -> t == a)).orElse(null));
        }
        return new ImportMapping(entity, fileColumns, targets);
    }

    /**
     * The attributes a file column can go to: the id's parts, values and to-ones of one column.
     * Where a to-one's column is also a key part's or a value's (a composite key made of foreign
     * keys), that attribute takes it: both write the same column.
     */
    public static List<AttributeInfo> choices(EntityInfo entity, EntityCatalog catalog) {
        List<AttributeInfo> choices = new ArrayList<>();
        for (AttributeInfo attribute : entity.attributes()) {
            if (attribute.column() == null || attribute.readOnlyReason() != null) {
                continue;
            }
            if (attribute.kind() == AttributeKind.ID || attribute.kind() == AttributeKind.BASIC) {
                choices.add(attribute);
            } else if (attribute.kind() == AttributeKind.TO_ONE && singleKey(catalog, attribute)
                    && entity.attributes().stream().noneMatch(other -> other != attribute && other.kind() != AttributeKind.TO_ONE
                            && attribute.column().equalsIgnoreCase(other.column()))) {
                choices.add(attribute);
            }
        }
        return choices;
    }

    /** The same mapping with one file column sent elsewhere (null: skipped); an attribute taken by another column is taken from it. */
    public ImportMapping with(int fileColumn, AttributeInfo target) {
        List<AttributeInfo> changed = new ArrayList<>(targets);
        if (target != null) {
            changed.replaceAll(t -> t == target ? null : t);
        }
        changed.set(fileColumn, target);
        return new ImportMapping(entity, fileColumns, changed);
    }

    public Optional<AttributeInfo> target(int fileColumn) {
        return Optional.ofNullable(targets.get(fileColumn));
    }

    /** Whether the file gives every part of the entity's key (upsert needs it). */
    public boolean coversKey() {
        return entity.idAttributes().stream().allMatch(targets::contains);
    }

    /** The type a value of this attribute is read as: a to-one's is its target's id type. */
    static Class<?> valueType(AttributeInfo attribute, EntityCatalog catalog) {
        if (attribute.kind() != AttributeKind.TO_ONE) {
            return attribute.javaType();
        }
        return catalog.find(attribute.targetEntity()).<Class<?>>map(t -> t.id().javaType()).orElse(attribute.javaType());
    }

    private static boolean singleKey(EntityCatalog catalog, AttributeInfo toOne) {
        return catalog.find(toOne.targetEntity()).map(t -> !t.compositeId()).orElse(false);
    }
}
