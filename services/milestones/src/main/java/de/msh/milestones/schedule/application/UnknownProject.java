package de.msh.milestones.schedule.application;

import de.msh.platform.rule.InvalidInput;

/** A milestone for a project the projects service has not announced, or has cancelled. */
public class UnknownProject extends InvalidInput {

    UnknownProject(String projectId) {
        super("unknown-project", "Unbekanntes Vorhaben", "projectId", "No active project " + projectId);
    }
}
