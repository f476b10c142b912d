package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a grant is settled: the final proof of use is accepted and every reclaim is repaid.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money was for
 * @param received money received in total, scale 2
 * @param disbursed money passed on in total, scale 2
 * @param reclaimed money reclaimed in total, scale 2
 * @param currency {@code EUR}
 * @param closedOn the day it was closed
 * @param closedBy the user name of who closed it
 */
@EventType("msh.funding.GrantClosed.v1")
public record GrantClosed(
        String grantId,
        String projectId,
        BigDecimal received,
        BigDecimal disbursed,
        BigDecimal reclaimed,
        String currency,
        LocalDate closedOn,
        String closedBy)
        implements FundingEvent {

    public GrantClosed {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(disbursed, "disbursed");
        Objects.requireNonNull(reclaimed, "reclaimed");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(closedOn, "closedOn");
        Objects.requireNonNull(closedBy, "closedBy");
    }
}
