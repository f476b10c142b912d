package de.msh.reporting.studies.domain;

import java.util.Collection;
import java.util.List;

/** One row per study; like every read model here, a change is applied only if the event's sequence is newer. */
public interface StudyRows {

    boolean registered(String studyId, long sequence, String title, String field);

    boolean withdrawn(String studyId, long sequence);

    /** Sets a recommendation's status, and adds projects it is carried out by. */
    boolean recommendation(
            String studyId, long sequence, String recommendationId, String status, Collection<String> projects);

    List<StudyRow> all();
}
