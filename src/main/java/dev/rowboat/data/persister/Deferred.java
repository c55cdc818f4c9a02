package dev.rowboat.data.persister;

import java.util.function.Supplier;

/** A value built on first use, once, whichever thread asks first (sessions run on several). */
final class Deferred<T> implements Supplier<T> {
    private Supplier<T> build;
    private volatile T value;

    Deferred(Supplier<T> build) {
        this.build = build;
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                built = value;
                if (built == null) {
                    built = build.get();
                    value = built;
                    build = null; // what built it (and what it held on to) can go
                }
            }
        }
        return built;
    }
}
