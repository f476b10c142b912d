package de.msh.studies.study.web;

import de.msh.studies.study.domain.StudyStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The small bodies of the study's lifecycle steps. Each may carry the revision the caller saw; a study changed since
 * is then refused as stale (409).
 */
final class Requests {

    private Requests() {}

    /** @param on the day of the change (used as the completion day); today if absent */
    record ChangeStatus(
            @NotNull StudyStatus to,
            @Nullable LocalDate on,
            @Nullable @PositiveOrZero Long revision) {}

    record AddRecommendation(
            @NotBlank @Size(max = 4000) String text,
            @Nullable @PositiveOrZero Long revision) {}

    record Adopt(
            @NotBlank @Size(max = 60) String projectId,
            @Nullable @PositiveOrZero Long revision) {}

    record Reject(
            @NotBlank @Size(max = 1000) String reason,
            @Nullable @PositiveOrZero Long revision) {}

    record Realise(@Nullable @PositiveOrZero Long revision) {}
}
