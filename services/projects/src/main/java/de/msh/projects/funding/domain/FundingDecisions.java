package de.msh.projects.funding.domain;

import de.msh.events.funding.GrantApproved;
import de.msh.events.funding.GrantReclaimed;

/**
 * The granted funding decisions this service has seen on {@code msh.funding.events}. A project enters the approved
 * phase only when one is known for it (or by an admin's override), and not once that grant is revoked.
 */
public interface FundingDecisions {

    boolean grantedFor(String projectId);

    /** Remembers an approved grant; false if this or a later event of the grant was applied before. */
    boolean approved(GrantApproved event, long sequence);

    /** Forgets a grant whose decision was revoked as a whole; false if applied before. */
    boolean revoked(GrantReclaimed event, long sequence);
}
