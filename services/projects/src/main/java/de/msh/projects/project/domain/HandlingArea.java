package de.msh.projects.project.domain;

/** The steering office's handling areas (Handlungsfelder), each with its project managers. */
public enum HandlingArea {
    MOBILITY,
    ENERGY,
    VALUE_CREATION,
    TOURISM
}
