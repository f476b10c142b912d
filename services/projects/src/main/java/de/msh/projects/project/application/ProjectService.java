package de.msh.projects.project.application;

import de.msh.platform.outbox.RevisionedChange;
import de.msh.projects.field.domain.StrategicFields;
import de.msh.projects.funding.domain.FundingDecisions;
import de.msh.projects.project.domain.PhaseChange;
import de.msh.projects.project.domain.Project;
import de.msh.projects.project.domain.ProjectDetails;
import de.msh.projects.project.domain.ProjectFilter;
import de.msh.projects.project.domain.ProjectId;
import de.msh.projects.project.domain.ProjectPlan;
import de.msh.projects.project.domain.ProjectSearch;
import de.msh.projects.project.domain.Projects;
import de.msh.projects.study.domain.KnownStudies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The steering office's use cases on the portfolio; each changes one project with one save. */
@Service
public class ProjectService {

    /** The office's calendar: "today" for a reported result is a day in Germany. */
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final Projects projects;
    private final ProjectSearch search;
    private final StrategicFields fields;
    private final KnownStudies studies;
    private final FundingDecisions funding;
    private final Clock clock;

    ProjectService(
            Projects projects,
            ProjectSearch search,
            StrategicFields fields,
            KnownStudies studies,
            FundingDecisions funding,
            Clock clock) {
        this.projects = projects;
        this.search = search;
        this.fields = fields;
        this.studies = studies;
        this.funding = funding;
        this.clock = clock;
    }

    /**
     * Registers a project and records {@code ProjectRegistered} in the same save. A code already in use is refused
     * by the unique index, so nothing is stored or published twice.
     */
    public Project register(RegisterProject command, String by) {
        requireKnownReferences(command.details());
        Project project = Project.register(
                ProjectId.next(),
                command.code(),
                command.details(),
                command.plan(),
                command.phase(),
                by,
                clock.instant());
        return projects.save(project);
    }

    /**
     * Replaces a project's descriptive data, only on the revision the caller saw: a project changed since is refused
     * as stale (409), so nobody overwrites a change they have not seen.
     */
    public Project update(String id, long expectedRevision, ProjectDetails details, ProjectPlan plan, String by) {
        requireKnownReferences(details);
        return changeWithRetry(id, expectedRevision, project -> project.update(details, plan, by, clock.instant()));
    }

    /**
     * Moves a project to another phase under the phase rules. With an expected revision (the number of changes the
     * caller has seen), a project changed by someone else in the meantime is refused as stale rather than moved on
     * outdated information.
     */
    public Project changePhase(String id, @Nullable Long expectedRevision, PhaseChange change) {
        return changeWithRetry(
                id, expectedRevision, project -> project.changePhase(change, funding.grantedFor(id), clock.instant()));
    }

    /**
     * Records what a project has achieved on one of its planned Masterplan indicators; the new report is the last of
     * the project's reports. Like a phase change, it may name the revision the caller saw.
     */
    public Project reportIndicator(String id, @Nullable Long expectedRevision, ReportIndicator command) {
        return changeWithRetry(id, expectedRevision, project -> {
            Instant now = clock.instant();
            project.reportIndicator(
                    command.indicator(),
                    command.value(),
                    command.achievedOn(),
                    command.evidence(),
                    command.by(),
                    now,
                    LocalDate.ofInstant(now, OFFICE_ZONE));
        });
    }

    private void requireKnownReferences(ProjectDetails details) {
        String field = details.strategicField();
        if (field != null && !fields.exists(field)) {
            throw UnknownReference.strategicField(field);
        }
        String studyId = details.studyId();
        if (studyId != null && !studies.exists(studyId)) {
            throw UnknownReference.study(studyId);
        }
    }

    private Project changeWithRetry(String id, @Nullable Long expectedRevision, Consumer<Project> change) {
        return RevisionedChange.apply(() -> get(id), Project::eventSequence, expectedRevision, change, projects::save);
    }

    public Project get(String id) {
        return projects.findById(id).orElseThrow(() -> new ProjectNotFound(id));
    }

    public Page<Project> list(ProjectFilter filter, Pageable page) {
        return search.search(filter, page);
    }
}
