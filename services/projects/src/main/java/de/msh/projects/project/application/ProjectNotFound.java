package de.msh.projects.project.application;

public class ProjectNotFound extends RuntimeException {

    public ProjectNotFound(String id) {
        super("No project with id " + id);
    }
}
