package de.msh.events.studies;

/** The three kinds of study the Metropolregion Mitteldeutschland commissioned. */
public enum StudyKind {
    /** Bedarfsuntersuchung */
    NEEDS_ASSESSMENT,
    /** Machbarkeitsanalyse */
    FEASIBILITY_ANALYSIS,
    /** regionalwirtschaftliche Studie */
    REGIONAL_ECONOMIC_STUDY
}
