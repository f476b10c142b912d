package de.msh.studies.study.domain;

import org.jspecify.annotations.Nullable;

/**
 * What may happen to a study and its recommendations. A study's status only moves forward, an archived study is read
 * only, and a recommendation is adopted only while open or adopted, rejected only while open (with a reason), and
 * realised only once adopted.
 */
final class StudyRules {

    private StudyRules() {}

    static void checkStatus(StudyStatus from, StudyStatus to) {
        requireNotArchived(from);
        if (to.ordinal() <= from.ordinal()) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.STATUS_NOT_ALLOWED, "A study moves forward only, not from " + from + " to " + to);
        }
    }

    static void requireNotArchived(StudyStatus status) {
        if (status == StudyStatus.ARCHIVED) {
            throw new StudyRuleViolated(StudyRuleViolated.ARCHIVED, "An archived study cannot change");
        }
    }

    static void checkAdoption(Recommendation recommendation, String projectId) {
        if (recommendation.status() != RecommendationStatus.OPEN
                && recommendation.status() != RecommendationStatus.ADOPTED) {
            throw notAllowed(recommendation, "adopted");
        }
        if (recommendation.projectIds().contains(projectId)) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.ALREADY_ADOPTED,
                    "Recommendation " + recommendation.id() + " is already carried out by project " + projectId);
        }
    }

    static void checkRejection(Recommendation recommendation, @Nullable String reason) {
        if (recommendation.status() != RecommendationStatus.OPEN) {
            throw notAllowed(recommendation, "rejected");
        }
        if (reason == null || reason.isBlank()) {
            throw new StudyRuleViolated(StudyRuleViolated.REASON_REQUIRED, "Rejecting a recommendation needs a reason");
        }
    }

    static void checkRealisation(Recommendation recommendation) {
        if (recommendation.status() != RecommendationStatus.ADOPTED) {
            throw notAllowed(recommendation, "realised");
        }
    }

    private static StudyRuleViolated notAllowed(Recommendation recommendation, String what) {
        return new StudyRuleViolated(
                StudyRuleViolated.RECOMMENDATION_NOT_ALLOWED,
                "Recommendation " + recommendation.id() + " is " + recommendation.status() + " and cannot be " + what);
    }
}
