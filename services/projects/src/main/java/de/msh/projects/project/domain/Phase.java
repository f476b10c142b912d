package de.msh.projects.project.domain;

/** Where a project stands; the lifecycle order, then the two exits. */
public enum Phase {
    IDEA,
    CONCEPT,
    APPLICATION,
    APPROVED,
    IMPLEMENTATION,
    COMPLETED,
    CANCELLED,
    ON_HOLD
}
