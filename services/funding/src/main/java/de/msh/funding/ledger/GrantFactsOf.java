package de.msh.funding.ledger;

import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantAccount;
import de.msh.funding.statement.domain.GrantFacts;

/** A grant as the statement feature sees it. */
public final class GrantFactsOf {

    private GrantFactsOf() {}

    public static GrantFacts of(Grant grant) {
        GrantAccount account = grant.account();
        return new GrantFacts(
                grant.id(),
                grant.fileNumber(),
                grant.programmeId(),
                grant.periodId(),
                grant.status().name(),
                account.calls().stream()
                        .map(c -> new GrantFacts.Call(c.id(), c.calledOn(), account.openOn(c)))
                        .toList(),
                account.receipts().stream()
                        .map(r -> new GrantFacts.Payment(r.id(), r.amount(), r.receivedOn(), r.bookingId()))
                        .toList(),
                account.disbursements().stream()
                        .map(d -> new GrantFacts.Payment(d.id(), d.amount(), d.disbursedOn(), d.bookingId()))
                        .toList());
    }
}
