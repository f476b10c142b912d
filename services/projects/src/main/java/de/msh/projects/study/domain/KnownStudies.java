package de.msh.projects.study.domain;

import de.msh.events.studies.StudyRegistered;

/**
 * The studies this service has seen registered on {@code msh.studies.events}; a project may only name one of them as
 * its origin.
 */
public interface KnownStudies {

    boolean exists(String studyId);

    /** Remembers a registered study; false if this or a later event of the study was applied before. */
    boolean registered(StudyRegistered event, long sequence);
}
