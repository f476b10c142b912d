package de.msh.reporting.studies.domain;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One study as its events left it.
 *
 * @param field the study's field as the studies service names it ({@code WERTSCHOEPFUNG_INNOVATION}, …); null if
 *     its registration has not been seen
 * @param withdrawn a withdrawn study's recommendations are no longer pursued and count nowhere
 */
public record StudyRow(
        String studyId, @Nullable String field, boolean withdrawn, List<RecommendationRow> recommendations) {

    /**
     * @param status {@code OPEN}, {@code ADOPTED}, {@code REJECTED} or {@code REALISED}
     * @param projectIds the projects it was adopted into
     */
    public record RecommendationRow(String id, String status, Set<String> projectIds) {}
}
