package de.msh.projects.project.application;

import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.Projects;
import java.time.Clock;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The steering office's use cases on the portfolio; each changes one project with one save. */
@Service
public class ProjectService {

    private final Projects projects;
    private final Clock clock;

    ProjectService(Projects projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * Registers a project and records {@code ProjectRegistered} in the same save. A code already in use is refused
     * by the unique index, so nothing is stored or published twice.
     */
    public Project register(RegisterProject command, String by) {
        Project project = Project.register(
                ProjectId.next(),
                command.code(),
                command.title(),
                command.strategicField(),
                command.municipalities(),
                command.phase(),
                by,
                clock.instant());
        return projects.save(project);
    }

    public Page<Project> list(Pageable page) {
        return projects.findAll(page);
    }
}
