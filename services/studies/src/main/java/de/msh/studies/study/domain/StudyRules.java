package de.msh.studies.study.domain;

import java.util.List;
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
        if (to == StudyStatus.WITHDRAWN) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.STATUS_NOT_ALLOWED, "A study is withdrawn by withdrawing it, with a reason");
        }
        if (to.ordinal() <= from.ordinal()) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.STATUS_NOT_ALLOWED, "A study moves forward only, not from " + from + " to " + to);
        }
    }

    static void requireNotArchived(StudyStatus status) {
        if (status.isFinal()) {
            throw new StudyRuleViolated(StudyRuleViolated.ARCHIVED, "A " + status + " study cannot change");
        }
    }

    /**
     * Only a study that no project carries out may be withdrawn: withdrawing is for entries made by mistake, and a
     * project's link must never point at nothing.
     */
    static void checkWithdrawal(StudyStatus status, List<Recommendation> recommendations, @Nullable String reason) {
        if (status == StudyStatus.WITHDRAWN) {
            throw new StudyRuleViolated(StudyRuleViolated.STATUS_NOT_ALLOWED, "The study is already withdrawn");
        }
        if (recommendations.stream()
                .anyMatch(r ->
                        r.status() == RecommendationStatus.ADOPTED || r.status() == RecommendationStatus.REALISED)) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.CARRIED_OUT,
                    "Projects carry out recommendations of this study; it stays in the catalogue (archive it instead)");
        }
        if (reason == null || reason.isBlank()) {
            throw new StudyRuleViolated(
                    StudyRuleViolated.WITHDRAWAL_REASON_REQUIRED, "Withdrawing a study needs a reason");
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
