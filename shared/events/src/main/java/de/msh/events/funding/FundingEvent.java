package de.msh.events.funding;

import de.msh.events.DomainEvent;

/** Every event on {@code msh.funding.events}; the subject is the grant id, or the statement id for a discrepancy. */
public sealed interface FundingEvent extends DomainEvent
        permits GrantApplied,
                GrantApproved,
                GrantRejected,
                GrantAmended,
                FundsCalled,
                PaymentReceived,
                PaymentDisbursed,
                ProofOfUseDue,
                ProofOfUseAccepted,
                GrantReclaimed,
                ReclaimRepaid,
                GrantClosed,
                PaymentReconciled,
                ReconciliationDiscrepancyFound,
                ReconciliationDiscrepancyResolved {}
