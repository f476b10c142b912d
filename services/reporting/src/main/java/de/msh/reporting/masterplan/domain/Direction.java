package de.msh.reporting.masterplan.domain;

/** Whether a rising value is progress (jobs, kilometres of cycle route) or a falling one (CO₂ emissions). */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
