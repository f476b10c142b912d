package de.msh.milestones.schedule.domain;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The schedules, one per project, under the project's id. */
public interface Schedules extends MongoRepository<Schedule, String> {}
