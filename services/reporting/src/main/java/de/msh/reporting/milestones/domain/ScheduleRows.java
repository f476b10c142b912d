package de.msh.reporting.milestones.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One row per project schedule (the milestones service's aggregate); each change is applied only if the event's
 * sequence is newer than the row's, so redelivered and replayed events change nothing. {@code recordedOn} is the day
 * (Europe/Berlin) the event happened, the x of the milestone's trend.
 */
public interface ScheduleRows {

    boolean planned(
            String projectId,
            long sequence,
            String milestoneId,
            String title,
            String kind,
            LocalDate baselineOn,
            LocalDate recordedOn);

    boolean replanned(String projectId, long sequence, String milestoneId, LocalDate forecastOn, LocalDate recordedOn);

    boolean achieved(String projectId, long sequence, String milestoneId, LocalDate achievedOn);

    boolean closed(String projectId, long sequence, String milestoneId);

    /** Every milestone of every schedule; a milestone whose plan has not been seen yet is left out. */
    List<MilestoneRow> all();
}
