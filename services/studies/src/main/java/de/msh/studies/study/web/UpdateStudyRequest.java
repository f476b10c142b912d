package de.msh.studies.study.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** @param revision the study revision the caller saw; a study changed since is refused as stale (409) */
record UpdateStudyRequest(
        @NotNull @PositiveOrZero Long revision,
        @NotNull @Valid StudyInput study) {}
