package de.msh.milestones.schedule.persistence;

import de.msh.milestones.schedule.domain.Schedule;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** What real MongoDB needs for the relay's sweep over schedules with events waiting. */
@Component
class ScheduleIndexes {

    private final MongoTemplate mongo;

    ScheduleIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void ensure() {
        mongo.indexOps(Schedule.class)
                .createIndex(new Index("outbox.0.occurredAt", Sort.Direction.ASC).named("outbox_sweep"));
    }
}
