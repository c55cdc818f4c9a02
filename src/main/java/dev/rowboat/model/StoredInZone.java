package dev.rowboat.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The time zone a date-time without zone is stored in, so the grid can show it (the tutorial
 * stores {@code datetime.utcnow()}: UTC).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface StoredInZone {
    String value();
}
