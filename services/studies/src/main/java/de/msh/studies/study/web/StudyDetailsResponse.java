package de.msh.studies.study.web;

import de.msh.studies.study.domain.HistoryEntry;
import de.msh.studies.study.domain.Recommendation;
import de.msh.studies.study.domain.Study;
import java.util.List;

/** One study with every recommendation and its whole history, oldest first. */
record StudyDetailsResponse(StudyResponse study, List<Recommendation> recommendations, List<HistoryEntry> history) {

    static StudyDetailsResponse of(Study study) {
        return new StudyDetailsResponse(StudyResponse.of(study), study.recommendations(), study.history());
    }
}
