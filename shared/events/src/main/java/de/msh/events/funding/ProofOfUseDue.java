package de.msh.events.funding;

import de.msh.events.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a proof of use (Verwendungsnachweis) is scheduled for a grant, with the rule that set its due date.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param proofId the proof within the grant ({@code interim-2026}, {@code final})
 * @param kind interim or final
 * @param dueOn the day it is due
 * @param rule the rule that set the due date, with its source
 */
@EventType("msh.funding.ProofOfUseDue.v1")
public record ProofOfUseDue(
        String grantId, String projectId, String proofId, ProofKind kind, LocalDate dueOn, String rule)
        implements FundingEvent {

    public ProofOfUseDue {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(proofId, "proofId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(rule, "rule");
    }
}
