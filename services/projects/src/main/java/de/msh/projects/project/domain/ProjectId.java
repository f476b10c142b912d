package de.msh.projects.project.domain;

import java.util.UUID;

/** A project's stable id: a UUID, never reused, also the subject of its events. */
public record ProjectId(String value) {

    public ProjectId {
        UUID.fromString(value);
    }

    public static ProjectId next() {
        return new ProjectId(UUID.randomUUID().toString());
    }
}
