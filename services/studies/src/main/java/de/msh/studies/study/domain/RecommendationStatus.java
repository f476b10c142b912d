package de.msh.studies.study.domain;

/** offen, übernommen (in ein Projekt), verworfen, umgesetzt. */
public enum RecommendationStatus {
    OPEN,
    ADOPTED,
    REJECTED,
    REALISED
}
