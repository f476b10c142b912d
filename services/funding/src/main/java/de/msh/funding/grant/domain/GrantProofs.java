package de.msh.funding.grant.domain;

import de.msh.events.funding.ProofOfUseAccepted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The proofs of use (Verwendungsnachweise) a grant's decision asks for, and their acceptance. One part of the
 * {@link Grant} aggregate, saved with it; the schedule is {@link ProofSchedule}'s, the records {@link ProofsOfUse}.
 */
final class GrantProofs extends GrantPart {

    private final ProofsOfUse proofs;

    GrantProofs(Grant grant) {
        super(grant);
        this.proofs = grant.proofs();
    }

    /**
     * Accepts a proof of use. The final proof names the grant recognised in the end, which may not exceed the
     * decision nor the funding rate applied to the spending proven; anything received beyond it must be reclaimed.
     */
    ProofOfUse acceptProof(AcceptProof command, LocalDate today, String by, Instant at) {
        Decision current = requireApproved();
        String proofId = command.proofId();
        LocalDate submittedOn = command.submittedOn();
        LocalDate acceptedOn = command.acceptedOn();
        requireBetween("submittedOn", submittedOn, current.decidedOn(), today);
        requireBetween("acceptedOn", acceptedOn, submittedOn, today);
        ProofOfUse accepted = proofs.accept(
                proofId, current, submittedOn, acceptedOn, command.provenAmount(), command.recognisedAmount(), by);
        changed(
                at,
                by,
                "proof-accepted",
                proofId + ": " + accepted.provenAmount() + " EUR proven"
                        + (accepted.late(submittedOn) ? ", submitted after " + accepted.dueOn() : ""),
                null);
        record(
                new ProofOfUseAccepted(
                        id,
                        projectId,
                        proofId,
                        accepted.kind(),
                        Objects.requireNonNull(accepted.provenAmount()),
                        CURRENCY,
                        acceptedOn,
                        by,
                        accepted.recognisedAmount()),
                at);
        return accepted;
    }
}
