package de.msh.funding.statement.domain;

import de.msh.platform.rule.RuleViolated;

/** A booking settled one way cannot be settled another: the answer names how it was settled. */
public class BookingAlreadySettled extends RuleViolated {

    public BookingAlreadySettled(Settlement settlement) {
        super("booking-settled", settlement.describe() + "; nichts wurde geändert");
    }
}
