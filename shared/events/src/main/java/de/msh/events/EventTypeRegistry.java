package de.msh.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place where type strings and record classes meet. Built from the sealed interface of every
 * {@link EventContext}, it refuses a contract without {@link EventType}, a type that does not follow
 * {@code msh.<context>.<EventName>.v<N>} for its own context, and a type named twice.
 */
public final class EventTypeRegistry {

    private static final Pattern TYPE = Pattern.compile("msh\\.([a-z]+)\\.([A-Z][A-Za-z0-9]*)\\.v([1-9][0-9]*)");
    private static final EventTypeRegistry STANDARD = new EventTypeRegistry();

    private final Map<String, Class<? extends DomainEvent>> byType = new LinkedHashMap<>();
    private final Map<Class<?>, String> byClass = new LinkedHashMap<>();

    private EventTypeRegistry() {
        for (EventContext context : EventContext.values()) {
            for (Class<?> permitted : context.events().getPermittedSubclasses()) {
                register(context, permitted.asSubclass(DomainEvent.class));
            }
        }
    }

    public static EventTypeRegistry standard() {
        return STANDARD;
    }

    private void register(EventContext context, Class<? extends DomainEvent> record) {
        EventType annotation = record.getAnnotation(EventType.class);
        if (annotation == null || !record.isRecord()) {
            throw new IllegalStateException(record.getName() + " must be a record annotated with @EventType");
        }
        String type = annotation.value();
        var matcher = TYPE.matcher(type);
        if (!matcher.matches() || !matcher.group(1).equals(context.key())) {
            throw new IllegalStateException(
                    "Type " + type + " of " + record.getName() + " must be msh." + context.key() + ".<Name>.v<N>");
        }
        if (byType.putIfAbsent(type, record) != null) {
            throw new IllegalStateException("Type " + type + " is declared twice");
        }
        byClass.put(record, type);
    }

    /** The record for a type string; empty for a type this build does not know, which consumers skip. */
    public Optional<Class<? extends DomainEvent>> recordFor(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public String typeOf(Class<? extends DomainEvent> record) {
        String type = byClass.get(record);
        if (type == null) {
            throw new IllegalArgumentException(record.getName() + " is not a registered event contract");
        }
        return type;
    }

    public String typeOf(DomainEvent event) {
        return typeOf(event.getClass());
    }

    /** Every known type with its record, in declaration order. */
    public Map<String, Class<? extends DomainEvent>> all() {
        return Collections.unmodifiableMap(byType);
    }
}
