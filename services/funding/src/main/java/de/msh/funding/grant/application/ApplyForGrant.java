package de.msh.funding.grant.application;

import de.msh.events.funding.RecipientKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Record an application for a grant for a project, under a programme's funding period; the recipient's kind and
 * name and the investment area (one of the programme's) if known.
 */
public record ApplyForGrant(
        String projectId,
        String fileNumber,
        String programmeId,
        String periodId,
        BigDecimal requestedAmount,
        @Nullable RecipientKind recipientKind,
        @Nullable String investmentArea,
        @Nullable String recipient) {

    public ApplyForGrant(
            String projectId,
            String fileNumber,
            String programmeId,
            String periodId,
            BigDecimal requestedAmount,
            @Nullable RecipientKind recipientKind) {
        this(projectId, fileNumber, programmeId, periodId, requestedAmount, recipientKind, null, null);
    }

    public ApplyForGrant(
            String projectId, String fileNumber, String programmeId, String periodId, BigDecimal requestedAmount) {
        this(projectId, fileNumber, programmeId, periodId, requestedAmount, null, null, null);
    }
}
