package de.msh.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The versioned CloudEvents type of a contract record, {@code msh.<context>.<EventName>.v<N>}. One type names
 * exactly one record; a breaking change is a new record with a new version, never an edit of this value.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {
    String value();
}
