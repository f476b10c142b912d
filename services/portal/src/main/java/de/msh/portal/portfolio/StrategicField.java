package de.msh.portal.portfolio;

/** One of the district's strategic fields (Themenfelder), with the name the office uses. */
public record StrategicField(String id, String name) {}
