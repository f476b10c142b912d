package de.msh.funding.grant.application;

import de.msh.events.funding.RecipientKind;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Record an application for a grant for a project, under a programme's funding period; the recipient's kind if
 * known.
 */
public record ApplyForGrant(
        String projectId,
        String fileNumber,
        String programmeId,
        String periodId,
        BigDecimal requestedAmount,
        @Nullable RecipientKind recipientKind) {

    public ApplyForGrant(
            String projectId, String fileNumber, String programmeId, String periodId, BigDecimal requestedAmount) {
        this(projectId, fileNumber, programmeId, periodId, requestedAmount, null);
    }
}
