package de.msh.funding.grant.domain;

import de.msh.events.funding.ProofKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The proofs of use a grant owes and what was accepted. Which proofs and when is {@link ProofSchedule}'s; the rules
 * here are what an accepted proof may say: the final one recognises at most the decision's amount and the funding
 * rate applied to the spending proven, exactly, with nothing rounded.
 */
public class ProofsOfUse {

    private List<ProofOfUse> items = new ArrayList<>();

    /**
     * Brings the proofs in line with a decision: new ones are added, open ones moved to their new due day, open ones
     * the decision no longer asks for dropped; accepted ones never change.
     *
     * @return the proofs that are new or fall due on another day, to be announced
     */
    List<ProofOfUse> schedule(List<ProofOfUse> wanted) {
        List<ProofOfUse> next = new ArrayList<>();
        List<ProofOfUse> announced = new ArrayList<>();
        for (ProofOfUse want : wanted) {
            Optional<ProofOfUse> known = find(want.id());
            if (known.isPresent()
                    && (known.get().accepted() || known.get().dueOn().equals(want.dueOn()))) {
                next.add(known.get());
                continue;
            }
            ProofOfUse due =
                    known.map(k -> k.rescheduled(want.dueOn(), want.rule())).orElse(want);
            next.add(due);
            announced.add(due);
        }
        items.stream()
                .filter(p -> p.accepted() && next.stream().noneMatch(n -> n.id().equals(p.id())))
                .forEach(next::add);
        items = next;
        return announced;
    }

    ProofOfUse accept(
            String proofId,
            Decision decision,
            LocalDate submittedOn,
            LocalDate acceptedOn,
            BigDecimal proven,
            @Nullable BigDecimal recognised,
            String by) {
        ProofOfUse proof = find(proofId)
                .orElseThrow(() -> new InvalidGrant("proofId", "The grant has no proof of use " + proofId));
        if (proof.accepted()) {
            throw new GrantRuleViolated(
                    GrantRuleViolated.PROOF_NOT_DUE, proofId + " was accepted on " + proof.acceptedOn());
        }
        BigDecimal provenAmount = Money.euros("provenAmount", proven, false);
        BigDecimal recognisedAmount = null;
        if (proof.kind() == ProofKind.FINAL) {
            if (recognised == null) {
                throw new InvalidGrant("recognisedAmount", "The final proof names the grant recognised in the end");
            }
            recognisedAmount = Money.euros("recognisedAmount", recognised, false);
            BigDecimal share = provenAmount.multiply(decision.rate());
            if (recognisedAmount.compareTo(decision.amount()) > 0 || recognisedAmount.compareTo(share) > 0) {
                throw new GrantRuleViolated(
                        GrantRuleViolated.RECOGNISED_ABOVE_SHARE,
                        "At most the approved " + decision.amount().toPlainString() + " EUR and the rate applied to "
                                + "the spending proven ("
                                + share.stripTrailingZeros().toPlainString()
                                + " EUR) can be recognised");
            }
        } else if (recognised != null) {
            throw new InvalidGrant("recognisedAmount", "Only the final proof names the grant recognised");
        }
        ProofOfUse accepted = proof.accept(submittedOn, acceptedOn, provenAmount, recognisedAmount, by);
        items.set(items.indexOf(proof), accepted);
        return accepted;
    }

    /** The accepted final proof, once there is one. */
    public Optional<ProofOfUse> acceptedFinal() {
        return items.stream()
                .filter(p -> p.kind() == ProofKind.FINAL && p.accepted())
                .findFirst();
    }

    /** Proofs not accepted whose due day has passed. */
    public List<ProofOfUse> overdue(LocalDate today) {
        return items.stream()
                .filter(p -> !p.accepted() && p.dueOn().isBefore(today))
                .toList();
    }

    public List<ProofOfUse> all() {
        return Collections.unmodifiableList(items);
    }

    private Optional<ProofOfUse> find(String proofId) {
        return items.stream().filter(p -> p.id().equals(proofId)).findFirst();
    }
}
