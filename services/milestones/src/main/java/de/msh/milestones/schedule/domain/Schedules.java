package de.msh.milestones.schedule.domain;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The schedules, one per project, under the project's id. */
public interface Schedules extends MongoRepository<Schedule, String> {

    /** The project of every schedule, without reading its milestones. */
    List<ProjectOnly> findAllBy();

    interface ProjectOnly {
        String getProjectId();
    }
}
