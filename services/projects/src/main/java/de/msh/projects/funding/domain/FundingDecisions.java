package de.msh.projects.funding.domain;

import de.msh.events.funding.GrantApproved;

/**
 * The granted funding decisions this service has seen on {@code msh.funding.events}. A project enters the approved
 * phase only when one is known for it (or by an admin's override).
 */
public interface FundingDecisions {

    boolean grantedFor(String projectId);

    /** Remembers an approved grant; false if this or a later event of the grant was applied before. */
    boolean approved(GrantApproved event, long sequence);
}
