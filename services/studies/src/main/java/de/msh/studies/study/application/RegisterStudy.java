package de.msh.studies.study.application;

import de.msh.studies.study.domain.StudyDetails;
import de.msh.studies.study.domain.StudyStatus;

/** Enter a study into the catalogue under its catalogue number. */
public record RegisterStudy(String catalogueNumber, StudyDetails details, StudyStatus status) {}
