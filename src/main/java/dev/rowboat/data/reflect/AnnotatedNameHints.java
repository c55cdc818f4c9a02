package dev.rowboat.data.reflect;

import dev.rowboat.model.StoredInZone;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.List;

/**
 * Reads {@link NameHints} from annotated entity classes (the built-in microblog): their tables'
 * entity names, their join columns' association names on both sides, and the zones their
 * date-times are stored in. Only JPA's annotations are read; no session factory is built.
 */
public final class AnnotatedNameHints {
    private AnnotatedNameHints() {
    }

    public static NameHints of(List<Class<?>> classes) {
        NameHints hints = new NameHints();
        for (Class<?> type : classes) {
            hints.entities.put(NameHints.key(table(type)), entityName(type));
        }
        for (Class<?> type : classes) {
            for (Field field : type.getDeclaredFields()) {
                read(hints, type, field);
            }
        }
        return hints;
    }

    private static void read(NameHints hints, Class<?> type, Field field) {
        String table = table(type);
        JoinColumn join = field.getAnnotation(JoinColumn.class);
        if ((field.isAnnotationPresent(ManyToOne.class) || field.isAnnotationPresent(OneToOne.class)) && join != null) {
            hints.toOnes.put(NameHints.key(table, join.name()), field.getName());
        }
        OneToMany oneToMany = field.getAnnotation(OneToMany.class);
        if (oneToMany != null && !oneToMany.mappedBy().isEmpty()) {
            inverseOf(elementType(field), oneToMany.mappedBy())
                    .ifPresent(column -> hints.inverses.put(NameHints.key(table(elementType(field)), column), field.getName()));
        }
        OneToOne oneToOne = field.getAnnotation(OneToOne.class);
        if (oneToOne != null && !oneToOne.mappedBy().isEmpty()) {
            inverseOf(field.getType(), oneToOne.mappedBy())
                    .ifPresent(column -> hints.inverses.put(NameHints.key(table(field.getType()), column), field.getName()));
        }
        ManyToMany manyToMany = field.getAnnotation(ManyToMany.class);
        JoinTable joinTable = field.getAnnotation(JoinTable.class);
        if (manyToMany != null && joinTable != null) {
            hints.manyToMany.put(NameHints.key(joinTable.name(), joinTable.joinColumns()[0].name()), field.getName());
        }
        if (manyToMany != null && !manyToMany.mappedBy().isEmpty()) {
            try {
                JoinTable owning = elementType(field).getDeclaredField(manyToMany.mappedBy()).getAnnotation(JoinTable.class);
                hints.manyToMany.put(NameHints.key(owning.name(), owning.inverseJoinColumns()[0].name()), field.getName());
            } catch (NoSuchFieldException e) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + field.getName() + " is mapped by a missing field", e);
            }
        }
        if (isValue(field)) {
            Column column = field.getAnnotation(Column.class);
            String name = column != null && !column.name().isEmpty() ? column.name() : field.getName();
            hints.columns.put(NameHints.key(table, name), field.getName());
            StoredInZone zone = field.getAnnotation(StoredInZone.class);
            if (zone != null) {
                hints.zones.put(NameHints.key(table, name), zone.value());
            }
        }
    }

    /** A persistent value field: not an association, not static or transient. */
    private static boolean isValue(Field field) {
        int modifiers = field.getModifiers();
        return !java.lang.reflect.Modifier.isStatic(modifiers) && !java.lang.reflect.Modifier.isTransient(modifiers)
                && !field.isAnnotationPresent(jakarta.persistence.Transient.class)
                && !field.isAnnotationPresent(ManyToOne.class) && !field.isAnnotationPresent(OneToOne.class)
                && !field.isAnnotationPresent(OneToMany.class) && !field.isAnnotationPresent(ManyToMany.class);
    }

    /** The join column of the owning side's attribute {@code mappedBy} in {@code owner}. */
    private static java.util.Optional<String> inverseOf(Class<?> owner, String mappedBy) {
        try {
            JoinColumn join = owner.getDeclaredField(mappedBy).getAnnotation(JoinColumn.class);
            return java.util.Optional.ofNullable(join).map(JoinColumn::name);
        } catch (NoSuchFieldException e) {
            return java.util.Optional.empty();
        }
    }

    private static Class<?> elementType(Field field) {
        return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        return table != null && !table.name().isEmpty() ? table.name() : type.getSimpleName();
    }

    private static String entityName(Class<?> type) {
        Entity entity = type.getAnnotation(Entity.class);
        return entity != null && !entity.name().isEmpty() ? entity.name() : type.getSimpleName();
    }
}
