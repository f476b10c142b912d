package de.msh.reporting.masterplan.domain;

/**
 * How the values projects report on an indicator make the district's value: {@code SUM} adds each project's latest
 * total to the baseline (kilometres built, jobs created); {@code LATEST} takes the most recent value any project
 * reported as the district's value (a rate or a yearly count measured for the whole district).
 */
public enum Aggregation {
    SUM,
    LATEST
}
