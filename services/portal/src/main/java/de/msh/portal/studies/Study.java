package de.msh.portal.studies;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A study of the catalogue as the studies service shows it ({@code StudyResponse}). */
public record Study(
        String id,
        String catalogueNumber,
        Details study,
        String status,
        Realisation realisation,
        String registeredBy,
        Instant registeredAt,
        long revision) {

    public record Details(
            String title,
            String kind,
            String field,
            @Nullable String commissioningBody,
            @Nullable String contractor,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String summary,
            @Nullable URI documentLink) {}

    /** @param rate realised of adopted and realised, as a share; absent while nothing was adopted */
    public record Realisation(
            Map<String, Integer> byStatus, @Nullable BigDecimal rate) {}

    public record Page(List<Study> items, int page, int size, long totalItems, int totalPages) {}

    public record WithRecommendations(Study study, List<Recommendation> recommendations, List<HistoryEntry> history) {}

    /** @param projectIds the projects that carry the recommendation out */
    public record Recommendation(
            String id,
            String text,
            String status,
            List<String> projectIds,
            @Nullable String reason) {}

    public record HistoryEntry(
            Instant at,
            String by,
            String action,
            String detail,
            @Nullable String reason) {}

    /** What a catalogue import did. */
    public record ImportResult(int created, int updated, int unchanged) {}
}
