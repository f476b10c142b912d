package de.msh.events;

/**
 * Marker for every event contract. Each context has a sealed sub-interface that lists its whole published set, so
 * the {@link EventTypeRegistry} can find every contract without a hand-kept list.
 */
public interface DomainEvent {}
