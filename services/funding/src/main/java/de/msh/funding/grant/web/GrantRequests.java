package de.msh.funding.grant.web;

import de.msh.events.funding.RecipientKind;
import de.msh.funding.grant.application.ApplyForGrant;
import de.msh.funding.grant.domain.AcceptProof;
import de.msh.funding.grant.domain.CallFunds;
import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.ReclaimFunds;
import de.msh.funding.grant.domain.RevokeGrant;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies of a grant's steps; amounts in euros exact to the cent, a rate as a share (0.9 = 90 %). */
final class GrantRequests {

    private GrantRequests() {}

    /** @param fileNumber the file number (Aktenzeichen) of the funding body, unique */
    record Apply(
            @NotBlank @Size(max = 60) String projectId,

            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9./-]{1,39}", message = "2 to 40 letters, digits, '.', '/' or '-'")
            String fileNumber,

            @NotBlank @Size(max = 60) String programme,
            @NotBlank @Size(max = 20) String period,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal requestedAmount,

            @Nullable RecipientKind recipientKind,
            @Nullable @Size(max = 60) String investmentArea,
            @Nullable @Size(max = 200) String recipient) {

        ApplyForGrant toCommand() {
            return new ApplyForGrant(
                    projectId,
                    fileNumber,
                    programme,
                    period,
                    requestedAmount,
                    recipientKind,
                    investmentArea,
                    recipient);
        }
    }

    record Approve(
            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull @Positive @Digits(integer = 1, fraction = 4)
            BigDecimal rate,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal eligibleCosts,

            @NotEmpty @Size(max = 20) List<@Valid @NotNull Tranche> tranches,
            @NotNull LocalDate decidedOn,
            @Nullable LocalDate measureEnd,
            @Nullable LocalDate finalProofDue,
            @Nullable @PositiveOrZero Long revision) {

        Decision toDecision() {
            return decision(amount, rate, eligibleCosts, tranches, decidedOn, measureEnd, finalProofDue);
        }
    }

    /** An amending decision (Änderungsbescheid): the whole new decision, and why. */
    record Amend(
            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull @Positive @Digits(integer = 1, fraction = 4)
            BigDecimal rate,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal eligibleCosts,

            @NotEmpty @Size(max = 20) List<@Valid @NotNull Tranche> tranches,
            @NotNull LocalDate decidedOn,
            @Nullable LocalDate measureEnd,
            @Nullable LocalDate finalProofDue,
            @NotBlank @Size(max = 2000) String reason,
            @Nullable @PositiveOrZero Long revision) {

        Decision toDecision() {
            return decision(amount, rate, eligibleCosts, tranches, decidedOn, measureEnd, finalProofDue);
        }
    }

    private static Decision decision(
            BigDecimal amount,
            BigDecimal rate,
            BigDecimal eligibleCosts,
            List<Tranche> tranches,
            LocalDate decidedOn,
            @Nullable LocalDate measureEnd,
            @Nullable LocalDate finalProofDue) {
        return new Decision(
                amount,
                rate,
                eligibleCosts,
                tranches.stream()
                        .map(t -> new Decision.Tranche(t.year(), t.amount()))
                        .toList(),
                decidedOn,
                measureEnd,
                finalProofDue);
    }

    record Call(
            @Min(2020) @Max(2042) int trancheYear,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate calledOn,
            @Nullable @Size(max = 2000) String note,
            @Nullable @PositiveOrZero Long revision) {

        CallFunds toCommand() {
            return new CallFunds(trancheYear, amount, calledOn, note);
        }
    }

    record Receive(
            @NotBlank @Size(max = 20) String callId,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate receivedOn,
            @Nullable @PositiveOrZero Long revision) {}

    record Disburse(
            @NotBlank @Size(max = 200) String recipient,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate disbursedOn,
            @Nullable @Size(max = 2000) String note,
            @Nullable @PositiveOrZero Long revision) {}

    record Accept(
            @NotNull LocalDate submittedOn,
            @NotNull LocalDate acceptedOn,

            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
            BigDecimal provenAmount,

            @Nullable @PositiveOrZero @Digits(integer = 13, fraction = 2)
            BigDecimal recognisedAmount,

            @Nullable @PositiveOrZero Long revision) {

        AcceptProof toCommand(String proofId) {
            return new AcceptProof(proofId, submittedOn, acceptedOn, provenAmount, recognisedAmount);
        }
    }

    /** @param revoke true to revoke the whole decision; the amount is then everything paid out */
    record Reclaim(
            @NotNull @PositiveOrZero @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull LocalDate effectiveFrom,
            @NotNull LocalDate decidedOn,
            boolean revoke,
            @NotBlank @Size(max = 2000) String reason,
            @Nullable @PositiveOrZero Long revision) {

        ReclaimFunds toReclaim() {
            return new ReclaimFunds(amount, effectiveFrom, decidedOn, reason);
        }

        RevokeGrant toRevocation() {
            return new RevokeGrant(amount, effectiveFrom, decidedOn, reason);
        }
    }

    record Repay(
            @NotNull LocalDate paidOn,
            @Nullable @PositiveOrZero Long revision) {}

    record Close(
            @NotNull LocalDate closedOn,
            @Nullable @PositiveOrZero Long revision) {}

    record Tranche(
            @Min(2020) @Max(2042) int year,

            @NotNull @Positive @Digits(integer = 13, fraction = 2)
            BigDecimal amount) {}

    record Reject(
            @NotBlank @Size(max = 2000) String reason,
            @NotNull LocalDate decidedOn,
            @Nullable @PositiveOrZero Long revision) {}
}
