package de.msh.events.funding;

import de.msh.events.EventType;
import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Emitted once, when an application for a grant is recorded.
 *
 * @param grantId the grant's stable id, also the event subject
 * @param projectId the project the money is for
 * @param fileNumber the file number (Aktenzeichen) under which the funding body handles it
 * @param programme id of the funding programme
 * @param period id of the funding period, e.g. {@code 2020-2026}
 * @param requestedAmount the amount applied for, scale 2
 * @param currency ISO 4217 code of the amount; {@code EUR}
 * @param appliedBy the user name of who recorded it
 * @param recipientKind whether the recipient is a local authority, which changes the subsidy rules that apply; absent
 *     if not recorded (added in v1, optional)
 * @param investmentArea the id of the investment area the measure falls under (for {@code invkg-arm1} one of
 *     § 4 (1) InvKG, listed with the programme); absent if not recorded (added in v1, optional)
 * @param recipient the name of the recipient (Zuwendungsempfänger); absent if not recorded (added in v1, optional)
 */
@EventType("msh.funding.GrantApplied.v1")
public record GrantApplied(
        String grantId,
        String projectId,
        String fileNumber,
        String programme,
        String period,
        BigDecimal requestedAmount,
        String currency,
        String appliedBy,
        @Nullable RecipientKind recipientKind,
        @Nullable String investmentArea,
        @Nullable String recipient)
        implements FundingEvent {

    /** The event as it was before the investment area and the recipient's name were added. */
    public GrantApplied(
            String grantId,
            String projectId,
            String fileNumber,
            String programme,
            String period,
            BigDecimal requestedAmount,
            String currency,
            String appliedBy,
            @Nullable RecipientKind recipientKind) {
        this(
                grantId,
                projectId,
                fileNumber,
                programme,
                period,
                requestedAmount,
                currency,
                appliedBy,
                recipientKind,
                null,
                null);
    }

    /** The event as it was before the recipient's kind was added. */
    public GrantApplied(
            String grantId,
            String projectId,
            String fileNumber,
            String programme,
            String period,
            BigDecimal requestedAmount,
            String currency,
            String appliedBy) {
        this(grantId, projectId, fileNumber, programme, period, requestedAmount, currency, appliedBy, null, null, null);
    }

    public GrantApplied {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(fileNumber, "fileNumber");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(requestedAmount, "requestedAmount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(appliedBy, "appliedBy");
    }
}
