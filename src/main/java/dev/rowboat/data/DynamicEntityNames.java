package dev.rowboat.data;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.boot.Metadata;
import org.hibernate.mapping.PersistentClass;

/**
 * Starts the session factory with the names of dynamic-map entities answered as {@link Map} at
 * once. While it starts, Hibernate looks the target of every association up as a class (the
 * context class loader, then its own) and only after both fail takes the entity's mapped class,
 * which for a dynamic-map entity is {@code Map}: two class-path searches and two exceptions per
 * association, a sixth of starting 1,000 reflected entities. The answer is the one Hibernate
 * reaches anyway; every other name goes to the loader this one stands in for.
 */
final class DynamicEntityNames extends ClassLoader {
    private final Set<String> names;

    private DynamicEntityNames(ClassLoader parent, Set<String> names) {
        super(parent);
        this.names = names;
    }

    static <T> T whileStarting(Metadata metadata, Supplier<T> start) {
        Set<String> dynamic = metadata.getEntityBindings().stream().filter(e -> e.getClassName() == null)
                .map(PersistentClass::getEntityName).collect(Collectors.toUnmodifiableSet());
        if (dynamic.isEmpty()) {
            return start.get();
        }
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(new DynamicEntityNames(
                before != null ? before : DynamicEntityNames.class.getClassLoader(), dynamic));
        try {
            return start.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        return names.contains(name) ? Map.class : super.loadClass(name, resolve);
    }
}
