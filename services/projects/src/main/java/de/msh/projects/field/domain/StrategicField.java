package de.msh.projects.field.domain;

/**
 * One of the district's strategic fields (Themenfelder).
 *
 * @param id stable id projects refer to, e.g. {@code energie}; never changes
 * @param name the German name the office uses, may be reworded
 */
public record StrategicField(String id, String name) {}
