package de.msh.funding.grant.domain;

import de.msh.events.funding.ProofKind;
import de.msh.funding.rules.domain.GrantRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Which proofs of use a decision asks for, and when: an interim proof for each calendar year of the measure before
 * the year it ends, and the final proof. The decision's own final deadline wins over the general rule.
 */
final class ProofSchedule {

    private ProofSchedule() {}

    static List<ProofOfUse> of(Decision decision, GrantRules rules) {
        List<ProofOfUse> proofs = new ArrayList<>();
        for (int year = decision.firstYear(); year < decision.measureEnd().getYear(); year++) {
            GrantRules.ProofDeadline deadline = rules.interimProof().forYear(year);
            proofs.add(ProofOfUse.due("interim-" + year, ProofKind.INTERIM, deadline.dueOn(), deadline.rule()));
        }
        if (decision.finalProofDue() != null) {
            proofs.add(ProofOfUse.due(
                    "final",
                    ProofKind.FINAL,
                    decision.finalProofDue(),
                    "Verwendungsnachweis: Frist laut Zuwendungsbescheid vom " + decision.decidedOn()));
        } else {
            GrantRules.ProofDeadline deadline = rules.finalProof().after(decision.measureEnd());
            proofs.add(ProofOfUse.due("final", ProofKind.FINAL, deadline.dueOn(), deadline.rule()));
        }
        return proofs;
    }
}
