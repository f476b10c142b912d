package de.msh.milestones.schedule.domain;

/** No milestone with this id on the project's schedule. */
public class MilestoneNotFound extends RuntimeException {

    public MilestoneNotFound(String projectId, String milestoneId) {
        super("No milestone " + milestoneId + " on the schedule of project " + projectId);
    }
}
