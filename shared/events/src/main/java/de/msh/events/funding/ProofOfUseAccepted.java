package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted when finance staff accept a proof of use after checking it.
 *
 * @param grantId the grant, also the event subject
 * @param projectId the project the money is for
 * @param proofId the proof within the grant
 * @param kind interim or final
 * @param provenAmount the spending the proof shows as eligible, scale 2
 * @param currency {@code EUR}
 * @param acceptedOn the day of acceptance
 * @param acceptedBy the user name of who accepted it
 * @param recognisedAmount for a final proof, the grant the funding body recognises in the end (the federal funds
 *     used), scale 2; absent for interim proofs and in events recorded before it was added (added in v1, optional)
 */
@EventType("msh.funding.ProofOfUseAccepted.v1")
public record ProofOfUseAccepted(
        String grantId,
        String projectId,
        String proofId,
        ProofKind kind,
        BigDecimal provenAmount,
        String currency,
        LocalDate acceptedOn,
        String acceptedBy,
        @Nullable BigDecimal recognisedAmount)
        implements FundingEvent {

    /** The event as it was before the recognised amount was added. */
    public ProofOfUseAccepted(
            String grantId,
            String projectId,
            String proofId,
            ProofKind kind,
            BigDecimal provenAmount,
            String currency,
            LocalDate acceptedOn,
            String acceptedBy) {
        this(grantId, projectId, proofId, kind, provenAmount, currency, acceptedOn, acceptedBy, null);
    }

    public ProofOfUseAccepted {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(proofId, "proofId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provenAmount, "provenAmount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
    }
}
