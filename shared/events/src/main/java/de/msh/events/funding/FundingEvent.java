package de.msh.events.funding;

import de.msh.events.DomainEvent;

/** Every event on {@code msh.funding.events}; the subject of each is the grant id. */
public sealed interface FundingEvent extends DomainEvent permits GrantApplied, GrantApproved, GrantRejected {}
