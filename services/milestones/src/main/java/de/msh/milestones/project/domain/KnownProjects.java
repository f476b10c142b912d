package de.msh.milestones.project.domain;

import de.msh.events.projects.ProjectCancelled;
import de.msh.events.projects.ProjectRegistered;
import de.msh.events.projects.ProjectUpdated;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The projects this service has seen on {@code msh.projects.events}. Milestones are planned by hand only for a
 * project that exists and is not cancelled.
 */
public interface KnownProjects {

    /** True if the project was registered and has not been cancelled. */
    boolean isActive(String projectId);

    /** The id of the live project with this code, for demo data that names projects by their code. */
    Optional<String> activeIdOfCode(String code);

    /** Every announced project as people name it ({@code CODE: Title}), by id; read at once for a whole list. */
    Map<String, String> names();

    /** Who manages each project that names a manager, by project id; read at once for a whole run. */
    Map<String, String> managers();

    /** The projects whose manager has this name, ignoring case. */
    Set<String> managedBy(String manager);

    /** Remembers the project with its code, title and manager. */
    boolean registered(ProjectRegistered event, long sequence);

    /** Its title or manager may have changed. */
    boolean updated(ProjectUpdated event, long sequence);

    boolean cancelled(ProjectCancelled event, long sequence);
}
