package de.msh.funding.project.domain;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import java.util.Optional;

/**
 * The projects this service has seen on {@code msh.projects.events}. A grant is applied for only for a project
 * that exists and is not cancelled.
 */
public interface KnownProjects {

    /** True if the project was registered and has not been cancelled. */
    boolean isActive(String projectId);

    /** The id of the live project with this code. */
    Optional<String> activeIdOfCode(String code);

    boolean registered(ProjectRegistered event, long sequence);

    boolean cancelled(ProjectCancelled event, long sequence);
}
