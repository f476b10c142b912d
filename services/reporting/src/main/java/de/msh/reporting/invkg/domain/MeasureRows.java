package de.msh.reporting.invkg.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row per grant; each change is applied only if the event's sequence is newer than the row's, so redelivered and
 * replayed events change nothing.
 */
public interface MeasureRows {

    boolean applied(
            String grantId,
            long sequence,
            String projectId,
            String fileNumber,
            String programme,
            @Nullable String recipientKind,
            @Nullable String recipient,
            @Nullable String investmentArea);

    /** A decision or amending decision; a field the event did not carry keeps what the row had. */
    boolean decided(
            String grantId,
            long sequence,
            String projectId,
            BigDecimal federalAmount,
            @Nullable BigDecimal rate,
            @Nullable BigDecimal eligibleCosts,
            @Nullable LocalDate measureEnd);

    boolean status(String grantId, long sequence, String projectId, String status, @Nullable LocalDate on);

    boolean finalProofAccepted(
            String grantId,
            long sequence,
            String projectId,
            LocalDate acceptedOn,
            BigDecimal proven,
            @Nullable BigDecimal recognised);

    /** Every grant whose application this space has seen. */
    List<Measure> all();
}
