package de.msh.funding.statement.application;

import de.msh.platform.rule.RuleViolated;

/** A statement id the account already has, with other bookings: the bank would never send that, so it is refused. */
public class StatementConflict extends RuleViolated {

    public StatementConflict(String statementId, String iban) {
        super(
                "statement-differs",
                "Der Kontoauszug " + statementId + " für " + iban
                        + " wurde schon mit anderem Inhalt eingelesen; nichts wurde übernommen");
    }
}
