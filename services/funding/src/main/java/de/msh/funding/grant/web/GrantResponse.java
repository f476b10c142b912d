package de.msh.funding.grant.web;

import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.GrantStatus;
import de.msh.funding.grant.domain.HistoryEntry;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A grant with its decision and history; amounts in EUR. */
record GrantResponse(
        String id,
        String fileNumber,
        String projectId,
        String programme,
        String period,
        BigDecimal requestedAmount,
        String currency,
        GrantStatus status,
        @Nullable Decision decision,
        List<HistoryEntry> history,
        long revision) {

    static GrantResponse of(Grant grant) {
        return new GrantResponse(
                grant.id(),
                grant.fileNumber(),
                grant.projectId(),
                grant.programmeId(),
                grant.periodId(),
                grant.requestedAmount(),
                Grant.CURRENCY,
                grant.status(),
                grant.decision(),
                grant.history(),
                grant.revision());
    }
}
