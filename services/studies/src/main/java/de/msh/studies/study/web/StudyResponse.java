package de.msh.studies.study.web;

import de.msh.studies.study.domain.Realisation;
import de.msh.studies.study.domain.Study;
import de.msh.studies.study.domain.StudyDetails;
import de.msh.studies.study.domain.StudyStatus;
import java.time.Instant;

/** A study with its details and what became of its recommendations, in numbers. */
record StudyResponse(
        String id,
        String catalogueNumber,
        StudyDetails study,
        StudyStatus status,
        Realisation realisation,
        String registeredBy,
        Instant registeredAt,
        long revision) {

    static StudyResponse of(Study study) {
        return new StudyResponse(
                study.id(),
                study.catalogueNumber(),
                study.details(),
                study.status(),
                study.realisation(),
                study.registeredBy(),
                study.registeredAt(),
                study.revision());
    }
}
