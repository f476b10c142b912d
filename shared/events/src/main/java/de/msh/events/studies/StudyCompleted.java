package de.msh.events.studies;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when a study is marked completed: its results are in and its recommendations can be acted on.
 *
 * @param studyId the study, also the event subject
 * @param completedOn the day it was completed, as the office records it
 * @param completedBy the user name of who marked it
 */
@EventType("msh.studies.StudyCompleted.v1")
public record StudyCompleted(String studyId, LocalDate completedOn, String completedBy) implements StudiesEvent {

    public StudyCompleted {
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(completedBy, "completedBy");
    }
}
