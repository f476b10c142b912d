package de.msh.studies.study.application;

import de.msh.platform.rule.InvalidInput;

/** A recommendation is to be adopted into a project the projects service never announced, or cancelled. */
public class UnknownProject extends InvalidInput {

    public UnknownProject(String projectId) {
        super(
                "unknown-project",
                "Projekt unbekannt",
                "projectId",
                "No active project with id " + projectId + " is known; it may not exist yet or was cancelled");
    }
}
