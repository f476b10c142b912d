package de.msh.events.funding;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the funding body rejects an application.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money was for
 * @param reason why, as the decision states it
 * @param decidedOn the date of the decision
 * @param rejectedBy the user name of who recorded it
 */
@EventType("msh.funding.GrantRejected.v1")
public record GrantRejected(String grantId, String projectId, String reason, LocalDate decidedOn, String rejectedBy)
        implements FundingEvent {

    public GrantRejected {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(rejectedBy, "rejectedBy");
    }
}
