package de.msh.studies.study.domain;

public class RecommendationNotFound extends RuntimeException {

    RecommendationNotFound(String studyId, String recommendationId) {
        super("Study " + studyId + " has no recommendation " + recommendationId);
    }
}
