package de.msh.studies.study.domain;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One recommendation of a study and what became of it.
 *
 * @param id short id within its study, e.g. {@code R-3}; never reused
 * @param projectIds the projects carrying it out now
 * @param cancelledProjectIds projects that carried it out until they were cancelled; kept for the record
 * @param reason why it was rejected; absent otherwise
 */
public record Recommendation(
        String id,
        String text,
        RecommendationStatus status,
        List<String> projectIds,
        List<String> cancelledProjectIds,
        @Nullable String reason) {

    public Recommendation {
        projectIds = List.copyOf(projectIds == null ? List.of() : projectIds);
        cancelledProjectIds = List.copyOf(cancelledProjectIds == null ? List.of() : cancelledProjectIds);
    }

    static Recommendation open(String id, String text) {
        return new Recommendation(id, text, RecommendationStatus.OPEN, List.of(), List.of(), null);
    }

    Recommendation adoptedInto(String projectId) {
        List<String> projects = new ArrayList<>(projectIds);
        projects.add(projectId);
        return new Recommendation(id, text, RecommendationStatus.ADOPTED, projects, cancelledProjectIds, null);
    }

    Recommendation rejected(String why) {
        return new Recommendation(id, text, RecommendationStatus.REJECTED, projectIds, cancelledProjectIds, why);
    }

    Recommendation realised() {
        return new Recommendation(id, text, RecommendationStatus.REALISED, projectIds, cancelledProjectIds, null);
    }

    /**
     * The link to a cancelled project ends. An adopted recommendation that no project carries any longer is open
     * again; a realised one stays realised, since what was delivered stays delivered.
     */
    Recommendation withoutCancelled(String projectId) {
        List<String> projects = new ArrayList<>(projectIds);
        projects.remove(projectId);
        List<String> cancelled = new ArrayList<>(cancelledProjectIds);
        cancelled.add(projectId);
        RecommendationStatus next =
                status == RecommendationStatus.ADOPTED && projects.isEmpty() ? RecommendationStatus.OPEN : status;
        return new Recommendation(id, text, next, projects, cancelled, reason);
    }
}
