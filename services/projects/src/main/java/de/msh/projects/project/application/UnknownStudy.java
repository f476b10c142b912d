package de.msh.projects.project.application;

/** A project names a study the studies service has never announced. */
public class UnknownStudy extends RuntimeException {

    public UnknownStudy(String studyId) {
        super("No study with id " + studyId + " is known; register it in the studies catalogue first");
    }
}
