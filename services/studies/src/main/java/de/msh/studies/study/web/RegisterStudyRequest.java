package de.msh.studies.study.web;

import de.msh.studies.study.application.RegisterStudy;
import de.msh.studies.study.domain.StudyStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * @param catalogueNumber the study's number in the catalogue, e.g. {@code MRM-07}; unique, never changes
 * @param status defaults to COMMISSIONED
 */
record RegisterStudyRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{0,29}", message = "1 to 30 letters, digits or '-'")
        String catalogueNumber,

        @NotNull @Valid StudyInput study,
        @Nullable StudyStatus status) {

    RegisterStudy toCommand() {
        return new RegisterStudy(
                catalogueNumber.strip(), study.toDomain(), status == null ? StudyStatus.COMMISSIONED : status);
    }
}
