package de.msh.funding.grant.domain;

import de.msh.events.funding.GrantReclaimed;
import de.msh.events.funding.ReclaimRepaid;
import de.msh.funding.grant.domain.Payments.Reclaim;
import de.msh.funding.rules.domain.InterestCalculation;
import de.msh.funding.rules.domain.InterestRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Money taken back: reclaims (Rückforderung) and the revocation of a whole decision (Widerruf), and their repayment
 * with the statutory interest (§ 49a VwVfG). One part of the {@link Grant} aggregate, saved with it.
 */
final class GrantReclaims extends GrantPart {

    GrantReclaims(Grant grant) {
        super(grant);
    }

    /** Reclaims money paid out (Rückforderung); interest runs from {@code effectiveFrom} until it is repaid. */
    Reclaim reclaim(ReclaimFunds command, LocalDate today, String by, Instant at) {
        return takeBack(
                command.amount(), command.effectiveFrom(), command.decidedOn(), false, command.reason(), today, by, at);
    }

    /**
     * Revokes the decision as a whole (Widerruf): what was paid out is reclaimed, nothing more may be called, and the
     * grant holds no budget any more.
     */
    Reclaim revoke(RevokeGrant command, LocalDate today, String by, Instant at) {
        return takeBack(
                command.amount(), command.effectiveFrom(), command.decidedOn(), true, command.reason(), today, by, at);
    }

    private Reclaim takeBack(
            BigDecimal amount,
            LocalDate effectiveFrom,
            LocalDate decidedOn,
            boolean revoke,
            String reason,
            LocalDate today,
            String by,
            Instant at) {
        Decision current = requireApproved();
        requireBetween("decidedOn", decidedOn, current.decidedOn(), today);
        requireBetween("effectiveFrom", effectiveFrom, current.decidedOn(), decidedOn);
        Reclaim reclaim = account.reclaim(amount, effectiveFrom, decidedOn, revoke, reason, by);
        if (revoke) {
            grant.revoked();
        }
        changed(
                at,
                by,
                revoke ? "revoked" : "reclaimed",
                reclaim.id() + ": " + reclaim.amount().toPlainString() + " EUR, interest from " + effectiveFrom,
                reason);
        record(
                new GrantReclaimed(
                        id, projectId, reclaim.id(), reclaim.amount(), CURRENCY, effectiveFrom, revoke, reason, by),
                at);
        return reclaim;
    }

    /** Records the repayment of a reclaim, charging the statutory interest up to the day of payment. */
    InterestCalculation repay(
            String reclaimId, LocalDate paidOn, InterestRule interest, LocalDate today, String by, Instant at) {
        if (grant.status() != GrantStatus.APPROVED && grant.status() != GrantStatus.REVOKED) {
            throw new GrantRuleViolated(GrantRuleViolated.NOT_APPROVED, "The grant is " + grant.status());
        }
        requireBetween("paidOn", paidOn, Decision.EARLIEST, today);
        Reclaim owed = account.reclaim(reclaimId);
        InterestCalculation charged = interest.calculate(owed.amount(), owed.effectiveFrom(), paidOn);
        account.repay(reclaimId, paidOn, charged.total());
        changed(
                at,
                by,
                "reclaim-repaid",
                reclaimId + ": " + owed.amount().toPlainString() + " EUR and "
                        + charged.total().toPlainString() + " EUR interest for " + charged.days() + " days",
                null);
        record(
                new ReclaimRepaid(
                        id, projectId, reclaimId, owed.amount(), charged.total(), CURRENCY, paidOn, charged.days(), by),
                at);
        return charged;
    }
}
