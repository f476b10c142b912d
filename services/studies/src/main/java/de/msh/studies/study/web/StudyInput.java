package de.msh.studies.study.web;

import de.msh.studies.study.domain.InvalidStudy;
import de.msh.studies.study.domain.StudyDetails;
import de.msh.studies.study.domain.StudyField;
import de.msh.studies.study.domain.StudyKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The details of a study as a form sends them; shared by registration, update and the catalogue import. */
public record StudyInput(
        @NotBlank @Size(max = 300) String title,
        @NotNull StudyKind kind,
        @NotNull StudyField field,
        @Nullable @Size(max = 200) String commissioningBody,
        @Nullable @Size(max = 200) String contractor,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        @Nullable @Size(max = 8000) String summary,
        @Nullable @Size(max = 500) String documentLink) {

    public StudyDetails toDomain() {
        return new StudyDetails(
                title, kind, field, commissioningBody, contractor, startDate, endDate, summary, link(documentLink));
    }

    private static @Nullable URI link(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new InvalidStudy("documentLink", "Not a valid address: " + e.getReason());
        }
    }
}
