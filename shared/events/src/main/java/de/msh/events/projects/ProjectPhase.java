package de.msh.events.projects;

/**
 * The phases of a project as published (German labels in brackets): IDEA (Idee), CONCEPT (Konzept), APPLICATION
 * (Antrag), APPROVED (Bewilligt), IMPLEMENTATION (Umsetzung), COMPLETED (Abgeschlossen), and the exits CANCELLED
 * (Abgebrochen) and ON_HOLD (Ruhend).
 */
public enum ProjectPhase {
    IDEA,
    CONCEPT,
    APPLICATION,
    APPROVED,
    IMPLEMENTATION,
    COMPLETED,
    CANCELLED,
    ON_HOLD
}
