package de.msh.studies.study.domain;

/** The three kinds of study the Metropolregion commissioned. */
public enum StudyKind {
    /** Bedarfsuntersuchung */
    NEEDS_ASSESSMENT,
    /** Machbarkeitsanalyse */
    FEASIBILITY_ANALYSIS,
    /** regionalwirtschaftliche Studie */
    REGIONAL_ECONOMIC_STUDY
}
