package de.msh.studies.study.application;

/** A recommendation is to be adopted into a project the projects service never announced, or cancelled. */
public class UnknownProject extends RuntimeException {

    public UnknownProject(String projectId) {
        super("No active project with id " + projectId + " is known; it may not exist yet or was cancelled");
    }
}
