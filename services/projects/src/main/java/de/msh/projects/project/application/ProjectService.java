package de.msh.projects.project.application;

import de.msh.projects.project.domain.PhaseChange;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectFilter;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.ProjectSearch;
import de.msh.projects.project.domain.Projects;
import java.time.Clock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The steering office's use cases on the portfolio; each changes one project with one save. */
@Service
public class ProjectService {

    private static final int SAVE_ATTEMPTS = 3;

    private final Projects projects;
    private final ProjectSearch search;
    private final Clock clock;

    ProjectService(Projects projects, ProjectSearch search, Clock clock) {
        this.projects = projects;
        this.search = search;
        this.clock = clock;
    }

    /**
     * Registers a project and records {@code ProjectRegistered} in the same save. A code already in use is refused
     * by the unique index, so nothing is stored or published twice.
     */
    public Project register(RegisterProject command, String by) {
        Project project = Project.register(
                ProjectId.next(), command.code(), command.details(), command.phase(), by, clock.instant());
        return projects.save(project);
    }

    /**
     * Replaces a project's descriptive data, only on the revision the caller saw: a project changed since is refused
     * as stale (409), so nobody overwrites a change they have not seen.
     */
    public Project update(String id, long expectedRevision, ProjectDetails details, String by) {
        return changeWithRetry(id, expectedRevision, project -> project.update(details, by, clock.instant()));
    }

    /**
     * Moves a project to another phase under the phase rules. With an expected revision (the number of changes the
     * caller has seen), a project changed by someone else in the meantime is refused as stale rather than moved on
     * outdated information.
     */
    public Project changePhase(String id, @Nullable Long expectedRevision, PhaseChange change) {
        return changeWithRetry(id, expectedRevision, project -> project.changePhase(change, clock.instant()));
    }

    /**
     * Loads, checks the caller's revision, changes and saves. The relay bumps the document version when it confirms
     * published events, so a save can lose a race against it without any real conflict: then the change is applied
     * again to a fresh copy, where the revision check still catches a true conflict.
     */
    private Project changeWithRetry(String id, @Nullable Long expectedRevision, Consumer<Project> change) {
        for (int attempt = 1; ; attempt++) {
            Project project = get(id);
            if (expectedRevision != null && expectedRevision != project.eventSequence()) {
                throw new OptimisticLockingFailureException(
                        "Project " + id + " is at revision " + project.eventSequence() + ", not " + expectedRevision);
            }
            change.accept(project);
            try {
                return projects.save(project);
            } catch (OptimisticLockingFailureException raceWithRelay) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raceWithRelay;
                }
            }
        }
    }

    public Project get(String id) {
        return projects.findById(id).orElseThrow(() -> new ProjectNotFound(id));
    }

    public Page<Project> list(ProjectFilter filter, Pageable page) {
        return search.search(filter, page);
    }
}
