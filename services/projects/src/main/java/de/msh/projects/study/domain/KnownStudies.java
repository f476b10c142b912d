package de.msh.projects.study.domain;

import de.msh.events.studies.StudyRegistered;
import de.msh.events.studies.StudyWithdrawn;

/**
 * The studies this service has seen registered on {@code msh.studies.events}; a project may only name one of them as
 * its origin.
 */
public interface KnownStudies {

    /** True if the study was registered and has not been withdrawn. */
    boolean exists(String studyId);

    /** Remembers a registered study; false if this or a later event of the study was applied before. */
    boolean registered(StudyRegistered event, long sequence);

    /** Forgets a withdrawn study for new references; false if this or a later event was applied before. */
    boolean withdrawn(StudyWithdrawn event, long sequence);
}
