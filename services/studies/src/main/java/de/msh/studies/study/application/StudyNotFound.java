package de.msh.studies.study.application;

public class StudyNotFound extends RuntimeException {

    public StudyNotFound(String id) {
        super("No study with id " + id);
    }
}
