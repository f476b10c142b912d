package de.msh.platform.testapp;

import de.msh.events.projects.ProjectPhase;
import de.msh.events.projects.ProjectRegistered;
import de.msh.platform.outbox.OutboxAggregate;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A test aggregate that records a contract event per change. */
@Document("widgets")
public class Widget extends OutboxAggregate {

    @Id
    private String id;

    private String name;

    Widget(String id, String name) {
        this.id = id;
        this.name = name;
    }

    static Widget create(String id, String name) {
        Widget widget = new Widget(id, name);
        widget.record(
                new ProjectRegistered(
                        id, "W-" + id.substring(0, 4), name, null, List.of(), ProjectPhase.IDEA, null, List.of()),
                Instant.now());
        return widget;
    }

    void rename(String newName) {
        this.name = newName;
        record(
                new ProjectRegistered(
                        id, "W-" + id.substring(0, 4), newName, null, List.of(), ProjectPhase.IDEA, null, List.of()),
                Instant.now());
    }

    @Override
    public String aggregateId() {
        return id;
    }

    String name() {
        return name;
    }
}
