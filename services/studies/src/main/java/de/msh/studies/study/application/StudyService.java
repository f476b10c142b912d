package de.msh.studies.study.application;

import de.msh.platform.outbox.RevisionedChange;
import de.msh.studies.project.domain.KnownProjects;
import de.msh.studies.study.domain.Recommendation;
import de.msh.studies.study.domain.Studies;
import de.msh.studies.study.domain.Study;
import de.msh.studies.study.domain.StudyDetails;
import de.msh.studies.study.domain.StudyFilter;
import de.msh.studies.study.domain.StudySearch;
import de.msh.studies.study.domain.StudyStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The steering office's use cases on the study catalogue; each changes one study with one save. */
@Service
public class StudyService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Europe/Berlin");

    private final Studies studies;
    private final StudySearch search;
    private final KnownProjects projects;
    private final Clock clock;

    StudyService(Studies studies, StudySearch search, KnownProjects projects, Clock clock) {
        this.studies = studies;
        this.search = search;
        this.projects = projects;
        this.clock = clock;
    }

    /** A catalogue number already in use is refused by the unique index: nothing is stored or published twice. */
    public Study register(RegisterStudy command, String by) {
        return studies.save(Study.register(
                UUID.randomUUID().toString(),
                command.catalogueNumber(),
                command.details(),
                command.status(),
                by,
                clock.instant()));
    }

    public Study update(String id, long revision, StudyDetails details, String by) {
        return change(id, revision, study -> study.update(details, by, clock.instant()));
    }

    /** Moves a study forward; completion is dated today unless the office names the day. */
    public Study changeStatus(String id, @Nullable Long revision, StudyStatus to, @Nullable LocalDate on, String by) {
        LocalDate day = on != null ? on : LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
        return change(id, revision, study -> study.changeStatus(to, day, by, clock.instant()));
    }

    public Study withdraw(String id, @Nullable Long revision, String reason, String by) {
        return change(id, revision, study -> study.withdraw(reason, by, clock.instant()));
    }

    public Recommendation addRecommendation(String id, @Nullable Long revision, String text, String by) {
        Study saved = change(id, revision, study -> study.addRecommendation(text, by, clock.instant()));
        List<Recommendation> all = saved.recommendations();
        return all.get(all.size() - 1);
    }

    /** Adopts a recommendation into a project the projects service has announced and not cancelled. */
    public Study adopt(String id, @Nullable Long revision, String recommendationId, String projectId, String by) {
        if (!projects.isActive(projectId)) {
            throw new UnknownProject(projectId);
        }
        return change(id, revision, study -> study.adopt(recommendationId, projectId, by, clock.instant()));
    }

    public Study reject(String id, @Nullable Long revision, String recommendationId, String reason, String by) {
        return change(id, revision, study -> study.reject(recommendationId, reason, by, clock.instant()));
    }

    public Study realise(String id, @Nullable Long revision, String recommendationId, String by) {
        return change(id, revision, study -> study.realise(recommendationId, by, clock.instant()));
    }

    /** Ends the links of every study to a cancelled project; returns whether any study changed. */
    public boolean projectCancelled(String projectId) {
        // Only studies still linked are found, so a redelivered cancellation finds none and changes nothing.
        List<Study> linked = studies.findByRecommendationsProjectIds(projectId);
        for (Study study : linked) {
            change(study.id(), null, fresh -> fresh.projectCancelled(projectId, "projects", clock.instant()));
        }
        return !linked.isEmpty();
    }

    public Study get(String id) {
        return studies.findById(id).orElseThrow(() -> new StudyNotFound(id));
    }

    public Page<Study> list(StudyFilter filter, Pageable page) {
        return search.search(filter, page);
    }

    private Study change(String id, @Nullable Long expectedRevision, Consumer<Study> change) {
        return RevisionedChange.apply(() -> get(id), Study::revision, expectedRevision, change, studies::save);
    }
}
